#pragma once

#include "prometheusresponse.h"

#include <QByteArrayView>

#include <optional>

namespace pc {

/// A single-pass reader for successful /api/v1/query and /api/v1/query_range answers that
/// fills a PromQueryResult straight from the bytes, with no JSON tree and no allocation per
/// point: a 10 x 11,000-point matrix reads several times faster than through QJsonDocument.
/// It returns std::nullopt for anything it does not fully understand (errors, odd shapes,
/// escapes in sample values), and parseQueryResponse() then falls back to QJsonDocument,
/// which explains the problem. Stateless and thread-safe.
class PromQueryReader
{
public:
    static std::optional<PromQueryResult> read(QByteArrayView body);
};

}  // namespace pc
