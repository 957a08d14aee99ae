#pragma once

#include "common/error.h"

namespace Crm::Core::Import {

// ErrorContext with only the known fields, without tripping -Wmissing-field-initializers.
inline ErrorContext errorContext(const QString &file, const QString &sheet = {}, qint64 row = -1,
                                 const QString &column = {})
{
    ErrorContext context;
    context.file = file;
    context.sheet = sheet;
    context.row = row;
    context.column = column;
    return context;
}

}  // namespace Crm::Core::Import
