#pragma once

#include "error.h"

#include <cassert>
#include <optional>
#include <utility>

namespace Crm::Core {

// Result<T> holds either a value or an Error, like std::expected (C++23) which we cannot
// rely on yet with every compiler our users' builds use. Kept deliberately small.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)  // NOLINT(google-explicit-constructor): implicit like std::expected
        : m_value(std::move(value))
    { }
    Result(Error error)  // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    { }

    bool hasValue() const { return m_value.has_value(); }
    explicit operator bool() const { return hasValue(); }

    T &value() &
    {
        assert(hasValue());
        return *m_value;
    }
    const T &value() const &
    {
        assert(hasValue());
        return *m_value;
    }
    T &&value() &&
    {
        assert(hasValue());
        return std::move(*m_value);
    }
    const Error &error() const
    {
        assert(!hasValue());
        return m_error;
    }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)  // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    bool m_failed = false;
    Error m_error;
};

using VoidResult = Result<void>;

}  // namespace Crm::Core
