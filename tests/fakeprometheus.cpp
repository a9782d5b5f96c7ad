#include "fakeprometheus.h"

#include <QFile>

namespace pc::test {

namespace {

HttpResponse fileResponse(const char *fileName, int status,
                          std::chrono::milliseconds delay = std::chrono::milliseconds(0))
{
    HttpResponse response;
    response.status = status;
    response.body = FakePrometheus::dataFile(fileName);
    const QByteArray name(fileName);
    if (name.endsWith(".json"))
        response.contentType = "application/json";
    else if (name.endsWith(".html"))
        response.contentType = "text/html";
    response.delay = delay;
    return response;
}

}  // namespace

FakePrometheus::FakePrometheus(const QByteArray &pathPrefix)
    : FakeHttpApi(pathPrefix,
                  {
                      {"/api/v1/query", fileResponse("query_vector.json", 200)},
                      {"/api/v1/query_range", fileResponse("query_matrix.json", 200)},
                      {"/api/v1/targets", fileResponse("targets.json", 200)},
                      {"/-/ready", fileResponse("ready.txt", 200)},
                      {"/api/v1/label/__name__/values", fileResponse("label_values.json", 200)},
                      {"/api/v1/alerts", fileResponse("alerts_empty.json", 200)},
                      {"/api/v1/status/flags", fileResponse("flags.json", 200)},
                      {"/api/v1/rules", fileResponse("rules_empty.json", 200)},
                      // An empty 200 until a test says what they answer.
                      {"/api/v1/labels", HttpResponse()},
                      {"/api/v1/label/job/values", HttpResponse()},
                      {"/api/v1/label/instance/values", HttpResponse()},
                  })
{
}

void FakePrometheus::respondWithFile(const QByteArray &apiPath, const char *fileName, int status,
                                     std::chrono::milliseconds delay)
{
    respond(apiPath, fileResponse(fileName, status, delay));
}

QByteArray FakePrometheus::dataFile(const char *fileName)
{
    QFile file(QStringLiteral(PC_TEST_DATA_DIR "/prometheus/") + QString::fromUtf8(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

}  // namespace pc::test
