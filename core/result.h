// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace core {

/// A user-presentable failure: a code for programs and a translated French message for people.
struct Error
{
    enum class Code {
        InvalidArgument,
        NotFound,
        Ambiguous,
        Io,
        Parse,
        Database,
        NewerSchema,
        Duplicate,
        Cancelled,
        Validation,
        ReadOnly, ///< the database cannot be written (permissions, read-only disk)
    };
    Code code = Code::InvalidArgument;
    QString message;
};

/// A value or an Error (std::expected is C++23). Cheap to move; check ok() before value().
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that returns nothing on success.
struct Ok
{
};
using Status = Result<Ok>;

inline Error makeError(Error::Code code, QString message)
{
    return Error { code, std::move(message) };
}

} // namespace core
