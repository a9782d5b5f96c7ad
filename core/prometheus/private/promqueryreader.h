#pragma once

#ifndef PC_BUILDING_PC_PROMETHEUS
#error "prometheus/private/promqueryreader.h is private to pc_prometheus"
#endif

#include "prometheus/promresponse.h"

#include <QByteArrayView>

#include <optional>

namespace pc {

/// The fast reader for successful /api/v1/query and /api/v1/query_range answers: simdjson
/// On-Demand fills a PromQueryResult straight from the bytes, with no JSON tree. It returns
/// std::nullopt for anything it does not fully understand (errors, odd shapes, duplicate
/// members), and parseQueryResponse() then falls back to QJsonDocument, whose messages
/// explain the problem. Stateless and thread-safe (one simdjson parser per thread).
class PromQueryReader
{
public:
    static std::optional<PromQueryResult> read(QByteArrayView body);
};

}  // namespace pc
