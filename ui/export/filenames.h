#pragma once

#include <QString>

namespace Crm::Ui {

// A file name suggested from a title ("Tier distribution", "客户"): characters Windows and
// macOS refuse in names (\ / : * ? " < > | and control characters) become '_', and it is
// cut to 80 characters. `fallback` when the title is empty.
QString suggestedFileName(const QString &title, const QString &fallback);

}  // namespace Crm::Ui
