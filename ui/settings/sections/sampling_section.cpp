#include "settings/sections/sampling_section.h"

#include "settings/integration_form.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

#include <limits>

namespace tidemark::ui {

namespace {

// A spin box of the section's width.
template<typename SpinBox> SpinBox *spinBox(const QString &objectName, QWidget *parent)
{
    auto *spin = new SpinBox(parent);
    spin->setMinimumWidth(160);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    spin->setObjectName(objectName);
    return spin;
}

} // namespace

SamplingSection::SamplingSection(QWidget *parent)
    : SettingsSection(tr("Sampling"), QStringLiteral("samplingGroup"), parent)
{
    setCheckable(true);
    setToolTip(tr("Diff a sample of large tables instead of every row"));
    auto *form = form::makeFormLayout(this);
    m_tolerance = spinBox<QDoubleSpinBox>(QStringLiteral("samplingToleranceSpin"), this);
    m_tolerance->setDecimals(6);
    m_tolerance->setRange(0.000001, 1);
    m_tolerance->setSingleStep(0.00001);
    m_tolerance->setToolTip(tr("The share of differing rows the sample may miss"));
    form->addRow(tr("To&lerance:"), m_tolerance);
    m_confidence = spinBox<QDoubleSpinBox>(QStringLiteral("samplingConfidenceSpin"), this);
    m_confidence->setDecimals(2);
    m_confidence->setRange(50, 99.99);
    m_confidence->setSuffix(tr(" %"));
    form->addRow(tr("Con&fidence:"), m_confidence);
    m_threshold = spinBox<QSpinBox>(QStringLiteral("samplingThresholdSpin"), this);
    m_threshold->setRange(0, std::numeric_limits<int>::max());
    m_threshold->setGroupSeparatorShown(true);
    m_threshold->setSuffix(tr(" rows"));
    m_threshold->setToolTip(tr("Tables with fewer rows than this are not sampled"));
    form->addRow(tr("T&hreshold:"), m_threshold);
}

void SamplingSection::load(const ci::Integration &integration)
{
    const ci::SamplingSettings &sampling = integration.ci.sampling;
    setChecked(sampling.enabled);
    m_tolerance->setValue(sampling.tolerance);
    m_confidence->setValue(sampling.confidence);
    m_threshold->setValue(
        int(std::min<qint64>(sampling.threshold, std::numeric_limits<int>::max())));
}

void SamplingSection::store(ci::Integration &integration) const
{
    ci::SamplingSettings &sampling = integration.ci.sampling;
    sampling.enabled = isChecked();
    sampling.tolerance = m_tolerance->value();
    sampling.confidence = m_confidence->value();
    sampling.threshold = m_threshold->value();
}

} // namespace tidemark::ui
