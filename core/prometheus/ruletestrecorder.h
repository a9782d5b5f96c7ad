#pragma once

#include "alertrule.h"
#include "promreply.h"
#include "ruletest.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <vector>

namespace pc {

class PromClient;

/// Export with a test: records an alerting rule's inputs from a Prometheus and writes a
/// regression test for it. It asks for the raw samples of every series the expression reads
/// over the window (`selector[window]`), lays them on promtool's evenly spaced input at the
/// series' own scrape interval, asks what the condition evaluated to (a range query on the
/// same grid) for the expected alerts, checked in the middle of each stretch where they stay
/// the same, writes three files into the folder, then runs
/// `promtool test rules` and reports its verdict:
///   `<stem>.yml`            the rule, ready for rule_files;
///   `<stem>.test-rule.yml`  the rule without annotations, which the test loads;
///   `<stem>_test.yml`       the test.
/// One recording at a time; the client (not owned) must outlive it. GUI thread (the
/// client's); promtool runs synchronously at the end (well under a second).
class RuleTestRecorder : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        AlertRule rule;
        QDateTime from;
        QDateTime to;
        QString directory;
        QString stem;      // file names; empty: from the rule's id or name
        QString promtool;  // empty: found on PATH
    };
    struct Result
    {
        QString error;  // why nothing (or not everything) was written; empty otherwise
        bool passed = false;
        QString testFile;      // the `_test.yml` written
        QString output;        // promtool's
        int checks = 0;        // evaluation times the test checks
        int firingChecks = 0;  // those where it expects the alert firing
    };

    explicit RuleTestRecorder(PromClient *client, QObject *parent = nullptr);

    void start(const Request &request);

signals:
    void finished(const pc::RuleTestRecorder::Result &result);

private:
    void askCondition();
    void write(const PromQueryResult &condition);
    /// Where the test checks the alerts: slots from the first.
    QList<int> checkSlots(const PromQueryResult &condition,
                          const QMap<QString, QString> &extra) const;
    void fail(const QString &error);

    PromClient *m_client;
    Request m_request;
    std::vector<PromReplyPtr> m_pending;
    QList<PromSeries> m_series;
    qint64 m_startMs = 0;
    qint64 m_intervalMs = 0;
    int m_slotCount = 0;
    PromReplyPtr m_condition;
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::RuleTestRecorder::Result)
