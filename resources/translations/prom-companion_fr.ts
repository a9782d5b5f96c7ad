<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertsPanel</name>
    <message>
        <source>Alerts: waiting for Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending and firing alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: none pending or firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1 firing, %2 pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing alerts first, with their summary and since when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Total requests  (http_requests_total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rate by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom PromQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stac&amp;ked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack the rates on top of each other, as an area chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the present again (double-click the chart, or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan to earlier (Left arrow on the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan to later (Right arrow on the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;nge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an absolute time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromQL, e.g. sum(rate(http_requests_total[1m]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromQL query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend: click a series to hide or show it, Ctrl-click to show it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s own counter, sampled every second (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for %1
between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 series: narrow the query (sum by, topk or a label matcher) to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series from Prometheus</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; the query&apos;s page is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of a time range must come after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request totals, the request rate by status code, or any PromQL you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back the chart reaches while it follows the present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any PromQL; Enter charts it. Completes metric names and earlier queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart the PromQL typed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this query on Prometheus&apos;s graph page, over the same range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per line: its name, last, minimum, maximum and mean value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series, last values: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Drag across to zoom into a time range; double-click or Esc to go back to live; Left and Right pan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Companion</name>
    <message>
        <source>the default URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL from Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL from the command line, for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>The dashboard cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range of every panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the present again after a zoom (double-click a chart, or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;in Grafana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the same dashboard in Grafana, once it is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prom Companion does not draw “%1” panels.
Open the dashboard in Grafana to see this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panels cannot be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus rejected a query of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back every panel reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often every panel asks Prometheus again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegendModel</name>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadPanel</name>
    <message>
        <source>Generate requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello only  (GET /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed  (80% /, 10% /slow, 10% /error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow only  (GET /slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only  (GET /error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> req/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending 1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last connection error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which routes of the demo service the requests go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request to the demo service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests Send burst sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send that many requests as fast as the service answers them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per second that Start rate sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the rate runs; until stopped at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests at a steady rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the burst or the rate now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Prom Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Grafana dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visible series as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live c&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan &amp;earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan la&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open query in &amp;Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Prom Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved; they apply the next time Prom Companion starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visible series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Prom Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prom Companion %1&lt;/h3&gt;&lt;p&gt;The classic Prometheus tutorial as one desktop program: a demo HTTP service with its /metrics, a load generator, and a live chart of what Prometheus scrapes.&lt;/p&gt;&lt;p&gt;Serving %2, metrics at %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Grafana URL &apos;%1&apos; is not an http or https address; set it with --grafana-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking Grafana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 whether Grafana runs there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the dashboard address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard not provisioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Grafana runs at %2, but the Prom Companion dashboard is not provisioned there. These commands provision it (as root):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Grafana has no Debian package. Once Grafana is installed (from grafana.com, or its Docker image), these commands provision the data source and the dashboard:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile, the Dashboard view shows the same panels in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;Dashboard view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert firing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the live chart and the Grafana dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Prometheus answers for a query, beside the app&apos;s own counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped Grafana dashboard, drawn in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file holding the password; never the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file holding the bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Scope-OrgID: tenant-1  (one header a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prometheus URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grafana URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved settings apply the next time Prom Companion starts. Options given on the command line override them for that run only. Secrets are never saved: only the paths of their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers: &apos;%1&apos; is not a &apos;Name: value&apos; header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatPanel</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Prometheus for this &amp;app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus in use does not scrape this app: start one of its own, on a free port, that does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo service %1  ·  metrics %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 %3; the local line keeps going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown while Prometheus is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last seen %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: this server lists no scrape targets (it may be fed by remote write or an agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus lists no targets yet (it loads them a few seconds after it starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus has no target scraping this app&apos;s metrics address; add it to prometheus.yml (job my_app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2), last scrape %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the demo service and its metrics are served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Prometheus the app asks, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Prometheus answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prometheus target that scrapes this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why an address is shown to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it and copy it into a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Serving the demo service on %1 and metrics on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prom Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Another copy of Prom Companion is probably running. This one can run beside it on free ports (as with --service-port 0 --metrics-port 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;free ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display to open the window on (DISPLAY is not set). Run with --headless to serve without a window, or start it under xvfb-run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::DisplayFormat</name>
    <message>
        <source>never</source>
        <extracomment>How long ago something happened (a scrape, an alert): it never did</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How long ago something happened (a scrape, an alert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <extracomment>How long ago something happened; %1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>How long ago something happened; %1 is a number of minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>How long ago something happened; %1 is a number of hours</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::GrafanaDashboard</name>
    <message>
        <source>Panel %1 of the dashboard is not an object.</source>
        <extracomment>%1 is a panel&apos;s number, from 1</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel %1 (“%2”) target %3 is not an object.</source>
        <extracomment>%1 is a panel&apos;s number, %2 its title, %3 the number of one of its queries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is not a Grafana dashboard: it has no “panels” list.</source>
        <extracomment>panels is a member of Grafana&apos;s JSON: keep it untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the dashboard %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file path, %2 a sentence about what is wrong in it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::GrafanaProbeReply</name>
    <message>
        <source>The Grafana URL “%1” is not an http or https address with a host: check --grafana-url or the Settings.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers at %1, but it is not Grafana: its /api/health answered HTTP %2.</source>
        <extracomment>%1 is a URL, %2 an HTTP status code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers at %2, but has no dashboard with uid “%3”: it is not provisioned there. Provision it with the commands below, then try again.</source>
        <extracomment>%1 is &quot;Grafana&quot; with its version, %2 a URL, %3 a dashboard&apos;s uid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana at %1 asks to log in before it shows its dashboards.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana at %1 answered HTTP %2 to the dashboard lookup.</source>
        <extracomment>%1 is a URL, %2 an HTTP status code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana isn&apos;t running at %1: nothing answers there (connection refused).</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana isn&apos;t running at %1: the host %2 is unknown.</source>
        <extracomment>%1 is a URL, %2 a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana isn&apos;t answering at %1: no answer within %2 s.</source>
        <extracomment>%1 is a URL, %2 a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana isn&apos;t reachable at %1: %2.</source>
        <extracomment>%1 is a URL, %2 the network library&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Language</name>
    <message>
        <source>--lang: &apos;%1&apos; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::LiveChartFeed</name>
    <message>
        <source>this app, local rate [1m]</source>
        <extracomment>The legend of the chart&apos;s line from the app&apos;s own counter; [1m] is PromQL&apos;s range</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app, local counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a PromQL query to chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::LoadWorker</name>
    <message>
        <source>the service sent a response that is not valid HTTP</source>
        <extracomment>Why a connection of the load generator was lost</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ManagedPrometheus</name>
    <message>
        <source>Prometheus did not become ready at %1 within %2 s.%3</source>
        <extracomment>%1 is a URL, %2 a number of seconds, %3 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerting rules %1 embedded in the app are missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the alerting rules %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus is not installed (no prometheus on PATH). Install it with `apt-get install prometheus`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus was not found at %1. Install it with `apt-get install prometheus`, or give the path of its binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The managed Prometheus listens on loopback only, not on %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prometheus.yml embedded in the app is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a Prometheus config to scrape &quot;%1&quot;: expected host:port and a positive scrape interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the Prometheus data directory &quot;%1&quot;.</source>
        <extracomment>%1 is a directory path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the Prometheus config %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free port for Prometheus on %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another server already answers on %1, so Prometheus cannot listen there. Choose another port, or 0 to pick a free one.</source>
        <extracomment>%1 is address:port</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <extracomment>How Prometheus stopped, put in brackets in a longer sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not listen on %1: the port is already in use. Choose another port, or 0 to pick a free one.%2</source>
        <extracomment>%1 is address:port, %2 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus crashed before it was ready.%1</source>
        <extracomment>%1 is the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus exited with code %1 before it was ready.%2</source>
        <extracomment>%1 is an exit code, %2 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run Prometheus (%1): %2. Install it with `apt-get install prometheus`, or give the path of its binary.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last log lines:
%1</source>
        <extracomment>Follows a sentence about Prometheus failing; %1 is its log lines, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PromAlerts</name>
    <message>
        <source>%1 is not an object</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] labels&quot;
----------
%1 is a place in JSON, such as &quot;data.alerts[3]&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; that is not a string</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] labels&quot;; %2 a key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not pending, firing or inactive</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] state&quot;; %2 the state found there. pending, firing and inactive are Prometheus&apos;s words: keep them untranslated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] value&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no alertname</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3]&quot;; alertname is a label name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.alerts is not an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PromError</name>
    <message>
        <source>%1 refused the request (HTTP %2): the credentials are missing or wrong; set a user and password with %3 with %4 or %5, or a token with %6 or %7.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code; %3, %4 and %6 are command-line options, %5 and %7 environment variables</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for credentials (HTTP %2) and none were given: set a user and password with %3 with %4 or %5, or a token with %6 or %7.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code; %3, %4 and %6 are command-line options, %5 and %7 environment variables</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the user name and password (HTTP %2): check %3 with %4 or %5.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code; %3 and %4 are command-line options, %5 an environment variable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the bearer token (HTTP %2): check %3 or %4.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code, %3 a command-line option, %4 an environment variable</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PromReply</name>
    <message>
        <source>%1 bytes</source>
        <extracomment>A size in a sentence; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 sent more than %2: narrow the query or the range, or raise the limit</source>
        <extracomment>%1 is a URL, %2 a size such as &quot;16 MiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <extracomment>The subject of a sentence saying that the server refused the credentials; %1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 is not reachable: connection refused</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 is not reachable: host “%2” not found</source>
        <extracomment>%1 is a URL, %2 a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2</source>
        <extracomment>%1 is a URL, %2 a duration such as &quot;10 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 is not reachable: %2</source>
        <extracomment>%1 is a URL, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1 closed the connection before answering</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1: the TLS handshake failed: %2</source>
        <extracomment>%1 is a URL, %2 the TLS library&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1: %2</source>
        <extracomment>%1 is a URL, %2 the network library&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PrometheusClient</name>
    <message>
        <source>The Prometheus URL “%1” is not an http:// or https:// URL with a host</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PrometheusResponse</name>
    <message>
        <source>Prometheus</source>
        <extracomment>The subject of an error sentence, such as &quot;Prometheus sent malformed JSON: …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <extracomment>The subject of an error sentence; %1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body</source>
        <extracomment>What a server sent instead of JSON, inserted into a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page titled “%1”</source>
        <extracomment>What a server sent instead of JSON, inserted into a sentence; %1 is the page&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML page</source>
        <extracomment>What a server sent instead of JSON, inserted into a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted excerpt of what a server sent instead of JSON</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not evaluate the query (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave up on the query at its own query timeout (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 canceled the query (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ready to answer (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed internally (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such endpoint (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details given</source>
        <extracomment>Stands for Prometheus&apos;s error text when it gave none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2): %3</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 the server&apos;s error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 the server&apos;s error type, %4 its error text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer of unexpected shape: %2</source>
        <extracomment>%1 names the server, %2 says which part of the JSON is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with JSON that is not a Prometheus answer</source>
        <extracomment>%1 names the server, %2 is an HTTP status code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3, not Prometheus JSON: is a proxy in front of it, or is the URL wrong?</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 describes the body (&quot;an HTML page titled …&quot;, &quot;an empty body&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 instead of JSON: is the URL that of Prometheus?</source>
        <extracomment>%1 names the server, %2 describes the body (&quot;an HTML page titled …&quot;, &quot;an empty body&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent malformed JSON: %2 at byte %3</source>
        <extracomment>%1 names the server, %2 is the JSON parser&apos;s message, %3 a byte offset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;status&quot; is &quot;%1&quot;, expected &quot;success&quot;</source>
        <extracomment>%1 is the value of the JSON member &quot;status&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <extracomment>%1 is a path in JSON, such as data.result[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object of labels</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a label &quot;%2&quot; that is not a string</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].metric; %2 a label name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a [time, &quot;value&quot;] pair</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a time out of range</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the value &quot;%2&quot;, not a number</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].value; %2 the value found there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.result is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.value is missing</source>
        <extracomment>%1 is a path in JSON, such as data.result[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values is not an array</source>
        <extracomment>%1 is a path in JSON, such as data.result[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.result is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.result is not a [time, &quot;string&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.result has a time out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.resultType &quot;%1&quot; is unknown</source>
        <extracomment>%1 is the value of data.resultType in Prometheus&apos;s JSON</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.activeTargets is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks &quot;labels&quot; or &quot;health&quot;</source>
        <extracomment>%1 is a path in JSON, such as data.activeTargets[3]</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label value is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag value is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the readiness check, with %3</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 describes the body (&quot;an HTML page titled …&quot;, &quot;an empty body&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::PrometheusSource</name>
    <message>
        <source>Prometheus started by Prom Companion at %1 (pid %2)</source>
        <extracomment>%1 is a URL, %2 a process id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart the Prometheus started by Prom Companion: %1 Charting the local counter only.</source>
        <extracomment>%1 is a sentence that says why, ending with a full stop</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a Prometheus: %1 Charting the local counter only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Prometheus at %1…</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <extracomment>Which Prometheus the chart uses; %1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1, and no Prometheus is installed to start (apt-get install prometheus). Charting the local counter only.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus (started by Prom Companion) stopped unexpectedly (%1) %2 times in a row; it is not restarted again. Charting the local counter only.</source>
        <extracomment>%1 says how it stopped (&quot;crashed&quot;, &quot;exited with code 2&quot;), %2 is a count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus (started by Prom Companion) stopped unexpectedly (%1); restarting it (attempt %2 of %3)</source>
        <extracomment>%1 says how it stopped (&quot;crashed&quot;, &quot;exited with code 2&quot;), %2 and %3 are counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus is installed to start one of this app&apos;s own (apt-get install prometheus).</source>
        <extracomment>Follows the sentence that says which Prometheus is in use</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a Prometheus of this app&apos;s own on a free port, since the one at %1 does not scrape it…</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1: starting a Prometheus of our own…</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::ServiceHost</name>
    <message>
        <source>Cannot start the demo service on %1: port %2 is already in use. Choose another with --%3 (0 picks a free port).</source>
        <extracomment>%1 is address:port, %2 the port, %3 an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the metrics endpoint on %1: port %2 is already in use. Choose another with --%3 (0 picks a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the demo service on %1: %2. Check --bind and --%3.</source>
        <extracomment>%1 is address:port, %2 the system&apos;s reason, %3 an option name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the metrics endpoint on %1: %2. Check --bind and --%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pc::Settings</name>
    <message>
        <source>Cannot read the secret file &apos;%1&apos;: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL with a host.</source>
        <extracomment>%1 names where the URL came from (&quot;--grafana-url&quot;, &quot;Setting grafana/url&quot;), %2 is the URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or is corrupt; using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1</source>
        <extracomment>%1 is a settings key such as grafana/url</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1.</source>
        <extracomment>Follows the sentence that rejects a URL setting; %1 is the default URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting prometheus/headers: &apos;%1&apos; is not a &apos;Name: value&apos; header; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prom Companion: the Prometheus tutorial&apos;s demo app, its /metrics endpoint and a live chart in one desktop program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the demo service (GET / answers Hello, world!); 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the Prometheus /metrics endpoint; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address both servers listen on. Anything but loopback exposes them, without authentication, to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads serving the demo service; 0 means one per core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve without a window until SIGINT or SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus to query, for this run. May carry a path prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for basic auth; the password comes from --prometheus-password-file or $%1.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the basic auth password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding a bearer token; or set $%1.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra header for every Prometheus request, such as &apos;X-Scope-OrgID: tenant-1&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never start a Prometheus of our own when none answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafana that the dashboard button opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG once the chart has data, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window the chart opens with: 1m, 5m, 15m or 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PromQL the chart opens with, instead of the request totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view the window opens on: chart (the live chart) or dashboard (the shipped Grafana dashboard).</source>
        <extracomment>&quot;chart&quot; and &quot;dashboard&quot; are the option&apos;s values: keep them untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or fr. Default: the system&apos;s, when it is one of them, else English.</source>
        <extracomment>&quot;en&quot; and &quot;fr&quot; are the option&apos;s values: keep them untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a port number (0 to 65535).</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-port and --metrics-port are both %1; they need two different ports.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address (for example 127.0.0.1 or 0.0.0.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: listening on %1 exposes the demo service and /metrics, which have no authentication, to the network.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service-threads: &apos;%1&apos; is not a thread count (0 to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--prometheus-header: &apos;%1&apos; is not a &apos;Name: value&apos; header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart-window: &apos;%1&apos; is not one of 1m, 5m, 15m, 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query: give a PromQL expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view: &apos;%1&apos; is not chart or dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
