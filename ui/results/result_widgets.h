#pragma once

// Small building blocks the result tabs share: number and percent text, section titles, labels,
// banners, cards, table views with sorting proxies, and the Match Score colour.

#include <QString>

class QAbstractItemModel;
class QFrame;
class QLabel;
class QObject;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace tidemark::ui::results::widgets {

extern const char *const kGood;
extern const char *const kWarn;
extern const char *const kBad;
extern const char *const kMutedText;

QString number(qint64 n);
QString percent(double pct, int decimals = 2);
double share(qint64 part, qint64 whole);
QLabel *sectionTitle(const QString &text, QWidget *parent);
QLabel *bodyLabel(const QString &objectName, QWidget *parent);
QLabel *banner(const QString &objectName, const QString &background, const QString &border,
               QWidget *parent);
QFrame *card(QWidget *parent);
QTableView *tableView(const QString &objectName, QAbstractItemModel *model, QWidget *parent);
void fitColumns(QTableView *view, int minWidth, int maxWidth);
QSortFilterProxyModel *sortProxy(QAbstractItemModel *source, QObject *parent);
QString scoreColor(double score);

} // namespace tidemark::ui::results::widgets
