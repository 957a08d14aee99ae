#include "importoptions.h"

#include <QCoreApplication>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

}  // namespace

// Parses the text-file options shared by import and inspect into ReadOptions.
std::optional<QString> parseReadOptions(const QCommandLineParser &parser, Core::Import::ReadOptions &options)
{
    options.sheet = parser.value(QStringLiteral("sheet"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.encoding = parser.value(QStringLiteral("encoding"));
    }
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (!delimiter.isEmpty() && delimiter != QLatin1String("auto")) {
        if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab")) {
            options.delimiter = u'\t';
        } else if (delimiter.size() == 1) {
            options.delimiter = delimiter.front();
        } else {
            return Text::tr("--delimiter must be one character, \\t or auto");
        }
    }
    const QString decimal = parser.value(QStringLiteral("decimal"));
    if (!decimal.isEmpty() && decimal != QLatin1String("auto")) {
        if (decimal != QLatin1String(".") && decimal != QLatin1String(",")) {
            return Text::tr("--decimal must be '.', ',' or auto");
        }
        options.decimal = decimal.front();
    }
    return std::nullopt;
}

void addReadOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("sheet"), Text::tr("Sheet to read: name or 1-based number (spreadsheets)."),
                      Text::tr("NAME|N")});
    parser.addOption({QStringLiteral("encoding"),
                      Text::tr("Text encoding: auto (default) or a name such as UTF-8, GB18030, Big5, Shift_JIS, "
                               "UTF-16LE, windows-1252."),
                      Text::tr("auto|NAME")});
    parser.addOption({QStringLiteral("delimiter"),
                      Text::tr("Field delimiter of text files: auto (default), a "
                               "character, or \\t."),
                      Text::tr("auto|C")});
    parser.addOption({QStringLiteral("decimal"), Text::tr("Decimal separator of numbers: auto (default), '.' or ','."),
                      Text::tr("auto|.|,")});
}

}  // namespace Crm::Cli
