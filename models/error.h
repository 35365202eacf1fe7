// Error: what went wrong and where, as a value that models/ returns instead of
// showing anything. views/ and the CLI decide how to present it.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

struct Error
{
    /// Translated, user-facing sentence saying what went wrong.
    QString message;
    /// Where it happened: a file path, "line 12", a field name; empty if not applicable.
    QString where = {};

    /// "where: message", or just the message when there is no location.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// A value or an Error. Small stand-in for C++23 std::expected.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: `for (auto &x : f().value())` over a temporary Result would
    // otherwise iterate a destroyed object.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const { return std::get<T>(m_data); }
    T &operator*() { return std::get<T>(m_data); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Outcome of an operation that yields nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};
