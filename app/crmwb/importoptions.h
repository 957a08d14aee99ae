#pragma once

#include "import/tablereader.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace Crm::Cli {

// --sheet, --encoding, --delimiter, --decimal: shared by import and inspect.
void addReadOptions(QCommandLineParser &parser);

// Fills `options` from those options; returns a usage message when one is malformed.
std::optional<QString> parseReadOptions(const QCommandLineParser &parser, Core::Import::ReadOptions &options);

}  // namespace Crm::Cli
