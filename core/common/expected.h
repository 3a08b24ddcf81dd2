#pragma once

// A small expected<T, E> for results that can fail in ordinary use (a malformed file, a wrong
// token): the failure is a value the caller must look at, never an exception that crosses a signal.

#include <QString>

#include <utility>
#include <variant>

namespace tidemark {

// A failure the user can act on: the message names the cause and, where there is one, the fix.
struct Error
{
    QString message;
};

template<typename T> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    const QString &errorMessage() const { return error().message; }

private:
    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return m_error; }
    const QString &errorMessage() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace tidemark
