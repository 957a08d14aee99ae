#pragma once

#include <QString>

namespace Crm::Core {

// Where in the user's input a problem was found. Any field may be empty / -1 when unknown.
struct ErrorContext
{
    QString file;
    QString sheet;
    qint64 row = -1;  // 1-based, as a spreadsheet shows it
    QString column;
};

// A failure that reaches the user. The message is already translated; the code lets
// callers (and the command line's exit status) react without parsing text.
struct Error
{
    enum class Code {
        BadUsage,  // the caller asked for something impossible (exit 1)
        BadInput,  // the user's file or workspace cannot be used (exit 2)
        Cancelled,  // the user pressed Cancel; nothing was written
        Io,  // the operating system refused a read or write
        Database,  // SQLite reported an error we did not expect
        Internal,  // a bug (exit 3)
    };

    Code code = Code::Internal;
    QString message;
    ErrorContext context = {};

    // The message with its context, e.g. "orders.xlsx, sheet Orders, row 12, column Amount: ...".
    QString describe() const;
};

Error makeError(Error::Code code, const QString &message, ErrorContext context = {});

}  // namespace Crm::Core
