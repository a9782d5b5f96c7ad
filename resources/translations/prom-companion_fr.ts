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
    <name>pc::Language</name>
    <message>
        <source>--lang: &apos;%1&apos; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
