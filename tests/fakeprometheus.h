#pragma once

#include "fakehttpapi.h"

#include <QByteArray>
#include <QUrl>

#include <chrono>

namespace pc::test {

/// A stand-in for Prometheus's HTTP API (a FakeHttpApi): answers GET on /api/v1/query,
/// /api/v1/query_range, /api/v1/targets, /api/v1/label/__name__/values, /api/v1/alerts,
/// /api/v1/status/flags, /api/v1/rules and /-/ready (by default with the matching files of
/// tests/data/prometheus/), and on /api/v1/labels, /api/v1/label/job/values and
/// /api/v1/label/instance/values (an empty 200 by default), under an optional path prefix, and
/// remembers the last request so a test can check what arrived. Create, listen() and destroy it on
/// the test thread; every method is thread-safe.
class FakePrometheus : public FakeHttpApi
{
public:
    explicit FakePrometheus(const QByteArray &pathPrefix = {});

    /// `http://127.0.0.1:<port><prefix>`: what a client is configured with.
    QUrl baseUrl() const { return rootUrl(); }

    void respondWithFile(const QByteArray &apiPath, const char *fileName, int status = 200,
                         std::chrono::milliseconds delay = std::chrono::milliseconds(0));

    /// A file of tests/data/prometheus/; an empty array when it is missing.
    static QByteArray dataFile(const char *fileName);
};

}  // namespace pc::test
