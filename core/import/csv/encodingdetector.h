#pragma once

#include <QByteArray>
#include <QString>

namespace Crm::Core::Import {

// The text encoding a file's first bytes suggest, decided by scoring every candidate's
// decoding (valid sequences, plausible characters, common Chinese/Japanese characters)
// rather than taking the first codec that decodes without error.
struct EncodingGuess
{
    QByteArray codec;  // name QStringDecoder accepts: "UTF-8", "UTF-16LE", "GB18030", ...
    int bomLength = 0;  // bytes to skip at the start of the file
    bool pureAscii = false;
    double margin = 0;  // score lead over the runner-up per 1 KB; small = uncertain
};

// `sample` is the start of the file (64 KB is plenty); `complete` says it is the whole file,
// so a truncated multi-byte sequence at its end is an error rather than the cut.
EncodingGuess detectEncoding(const QByteArray &sample, bool complete);

// Whether this Qt build can decode `codec` (GB18030, Big5 and Shift_JIS need ICU).
bool isCodecAvailable(const QByteArray &codec);

// Display name for a codec ("GB18030", "UTF-8 (BOM)").
QString codecDisplayName(const EncodingGuess &guess);

}  // namespace Crm::Core::Import
