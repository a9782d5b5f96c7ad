<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Companion</name>
    <message>
        <source>the default URL</source>
        <translation>l&apos;URL par défaut</translation>
    </message>
    <message>
        <source>URL from Settings</source>
        <translation>URL des paramètres</translation>
    </message>
    <message>
        <source>URL from the command line, for this run</source>
        <translation>URL de la ligne de commande, pour cette exécution</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Serving the demo service on %1 and metrics on %2</source>
        <translation>Service de démo sur %1, métriques sur %2</translation>
    </message>
    <message>
        <source>Prom Companion</source>
        <translation>Prom Companion</translation>
    </message>
    <message>
        <source>%1

Another copy of Prom Companion is probably running. This one can run beside it on free ports (as with --service-port 0 --metrics-port 0).</source>
        <translation>%1

Une autre instance de Prom Companion est probablement en cours d&apos;exécution. Celle-ci peut tourner à côté sur des ports libres (comme avec --service-port 0 --metrics-port 0).</translation>
    </message>
    <message>
        <source>Use &amp;free ports</source>
        <translation>Utiliser des ports &amp;libres</translation>
    </message>
    <message>
        <source>Screenshot saved to %1</source>
        <translation>Capture d&apos;écran enregistrée dans %1</translation>
    </message>
    <message>
        <source>No display to open the window on (DISPLAY is not set). Run with --headless to serve without a window, or start it under xvfb-run.</source>
        <translation>Aucun affichage où ouvrir la fenêtre (DISPLAY n&apos;est pas défini). Lancez avec --headless pour servir sans fenêtre, ou démarrez sous xvfb-run.</translation>
    </message>
    <message>
        <source>  The demo service&apos;s http_requests_total rose by %1.</source>
        <translation>  Le http_requests_total du service de démonstration a augmenté de %1.</translation>
    </message>
</context>
<context>
    <name>pc::AlertBands</name>
    <message>
        <source>%1 firing</source>
        <extracomment>%1 is an alert&apos;s name</extracomment>
        <translation>%1 déclenchée</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3)</source>
        <extracomment>%1 and %2 are clock times, %3 a duration such as 3m30s</extracomment>
        <translation>De %1 à %2 (%3)</translation>
    </message>
    <message>
        <source>From %1, still firing at %2 (%3 so far)</source>
        <translation>Depuis %1, toujours déclenchée à %2 (%3 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>From %1, still pending at %2 (%3 so far)</source>
        <translation>Depuis %1, toujours en attente à %2 (%3 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>The answer for the alert&apos;s states is not a range of samples.</source>
        <translation>La réponse sur les états de l&apos;alerte n&apos;est pas une plage d&apos;échantillons.</translation>
    </message>
    <message>
        <source>A series of the answer is no ALERTS series: its alertstate is “%1”, not pending or firing.</source>
        <extracomment>%1 is what the series&apos; alertstate label says</extracomment>
        <translation>Une série de la réponse n&apos;est pas une série ALERTS&#xa0;: son alertstate vaut «&#xa0;%1&#xa0;», ni pending ni firing.</translation>
    </message>
</context>
<context>
    <name>pc::AlertRule</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>La règle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The rule&apos;s name must fit on one line.</source>
        <translation>Le nom de la règle doit tenir sur une ligne.</translation>
    </message>
    <message>
        <source>The rule needs an expression.</source>
        <translation>La règle doit avoir une expression.</translation>
    </message>
    <message>
        <source>The threshold must be a finite number.</source>
        <translation>Le seuil doit être un nombre fini.</translation>
    </message>
    <message>
        <source>The lower bound must be below the upper bound.</source>
        <translation>La borne basse doit être sous la borne haute.</translation>
    </message>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>La durée ne peut pas être négative.</translation>
    </message>
    <message>
        <source>it lacks a name, an expression, a condition, a threshold or a duration</source>
        <translation>il y manque un nom, une expression, une condition, un seuil ou une durée</translation>
    </message>
</context>
<context>
    <name>pc::Annotation</name>
    <message>
        <source>an annotation needs an id, a known kind and a start time</source>
        <translation>une annotation doit avoir un identifiant, un type connu et une heure de début</translation>
    </message>
    <message>
        <source>an annotation ends before it starts</source>
        <translation>une annotation finit avant de commencer</translation>
    </message>
</context>
<context>
    <name>pc::AnnotationSources</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>Alert %1 %2</source>
        <extracomment>%1 an alert&apos;s name, %2 pending, firing or resolved</extracomment>
        <translation>Alerte %1 %2</translation>
    </message>
    <message>
        <source>Prom Companion started</source>
        <translation>Prom Companion a démarré</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Prometheus restarted</source>
        <translation>Prometheus a redémarré</translation>
    </message>
    <message>
        <source>Prometheus started</source>
        <translation>Prometheus a démarré</translation>
    </message>
    <message>
        <source>It had stopped: %1.</source>
        <extracomment>%1 how it stopped: &quot;crashed&quot;, &quot;exited with code 1&quot;</extracomment>
        <translation>Il s&apos;était arrêté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Load run: %1</source>
        <extracomment>%1 the mode: single, burst or rate</extracomment>
        <translation>Charge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Routes: %1</source>
        <translation>Routes&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation>Mode&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Demandé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Achieved: %1</source>
        <translation>Atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests sent: %1 (%2 answered, %3 errors)</source>
        <translation>Requêtes envoyées&#xa0;: %1 (%2 réponses, %3 erreurs)</translation>
    </message>
    <message>
        <source>Stopped before its planned end</source>
        <translation>Arrêtée avant sa fin prévue</translation>
    </message>
    <message>
        <source>Load run in progress: %1</source>
        <extracomment>%1 what was asked: &quot;burst of 100&quot;, &quot;50 req/s for 10 s&quot;</extracomment>
        <translation>Charge en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests sent so far: %1 (%2 succeeded, %3 failed)</source>
        <translation>Requêtes envoyées jusqu’ici&#xa0;: %1 (%2 réussies, %3 échouées)</translation>
    </message>
</context>
<context>
    <name>pc::AnnotationStore</name>
    <message>
        <source>Cannot read the annotations in %1: %2</source>
        <translation>Impossible de lire les annotations de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The annotations file %1 has unreadable lines and cannot be set aside; it is left as it is and nothing new is written to it.</source>
        <translation>Le fichier d&apos;annotations %1 a des lignes illisibles et ne peut pas être mis de côté&#xa0;; il est laissé tel quel et rien de nouveau n&apos;y est écrit.</translation>
    </message>
    <message numerus="yes">
        <source>The annotations file %1 could not be read from line %2 (%3): it was set aside as %4, and the %n readable annotations were kept.</source>
        <extracomment>%1 a file, %2 a line number, %3 why it does not read, %4 the file set aside</extracomment>
        <translation>
            <numerusform>Le fichier d&apos;annotations %1 n&apos;a pas pu être lu à partir de la ligne %2 (%3)&#xa0;: il a été mis de côté sous %4, et l&apos;annotation lisible (%n) a été gardée.</numerusform>
            <numerusform>Le fichier d&apos;annotations %1 n&apos;a pas pu être lu à partir de la ligne %2 (%3)&#xa0;: il a été mis de côté sous %4, et les %n annotations lisibles ont été gardées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the annotations to %1: %2</source>
        <translation>Impossible d&apos;écrire les annotations dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::CompareOffset</name>
    <message>
        <source>%1 w ago</source>
        <translation>il y a %1 sem.</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
</context>
<context>
    <name>pc::DashboardCheck</name>
    <message numerus="yes">
        <source>%1 → %n series</source>
        <translation>
            <numerusform>%1 → %n série</numerusform>
            <numerusform>%1 → %n séries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → error: %2</source>
        <translation>%1 → erreur&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::DisplayFormat</name>
    <message>
        <source>never</source>
        <extracomment>How long ago something happened (a scrape, an alert): it never did</extracomment>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <extracomment>How long ago something happened (a scrape, an alert)</extracomment>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <extracomment>How long ago something happened; %1 is a number of seconds</extracomment>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <extracomment>How long ago something happened; %1 is a number of minutes</extracomment>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <extracomment>How long ago something happened; %1 is a number of hours</extracomment>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
</context>
<context>
    <name>pc::FieldConfig</name>
    <message>
        <source>field options not drawn: %1</source>
        <extracomment>%1 lists Grafana field config property ids, such as custom.gradientMode</extracomment>
        <translation>options de champ non dessinées&#xa0;: %1</translation>
    </message>
    <message>
        <source>overrides not applied (matched %1)</source>
        <extracomment>%1 lists Grafana override matcher ids, such as byValue</extracomment>
        <translation>surcharges non appliquées (sélection %1)</translation>
    </message>
</context>
<context>
    <name>pc::GrafanaDashboard</name>
    <message>
        <source>Panel %1 of the dashboard is not an object.</source>
        <extracomment>%1 is a panel&apos;s number, from 1</extracomment>
        <translation>Le panneau %1 du tableau de bord n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Panel %1 (“%2”) target %3 is not an object.</source>
        <extracomment>%1 is a panel&apos;s number, %2 its title, %3 the number of one of its queries</extracomment>
        <translation>La cible %3 du panneau %1 (“%2”) n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The dashboard is not valid JSON: %1 at byte %2.</source>
        <extracomment>%1 is the JSON parser&apos;s message, %2 a byte offset</extracomment>
        <translation>Le tableau de bord n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The JSON is not a Grafana dashboard: it has no “panels” list.</source>
        <extracomment>panels is a member of Grafana&apos;s JSON: keep it untranslated</extracomment>
        <translation>Le JSON n&apos;est pas un tableau de bord Grafana&#xa0;: il n&apos;a pas de liste “panels”.</translation>
    </message>
    <message>
        <source>Cannot read the dashboard %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire le tableau de bord %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file path, %2 a sentence about what is wrong in it</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is a Grafana 12 dashboard resource (v2, with “elements” and “layout”), which Prom Companion does not read yet: in Grafana, choose Export → Export as JSON, pick the classic model, and open that file.</source>
        <translation>Ceci est une ressource de tableau de bord Grafana 12 (v2, avec «&#xa0;elements&#xa0;» et «&#xa0;layout&#xa0;»), que Prom Companion ne lit pas encore&#xa0;: dans Grafana, choisissez Exporter → Exporter en JSON, prenez le modèle classique, et ouvrez ce fichier.</translation>
    </message>
</context>
<context>
    <name>pc::GrafanaProbeReply</name>
    <message>
        <source>The Grafana URL “%1” is not an http or https address with a host: check --grafana-url or the Settings.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>L&apos;URL de Grafana “%1” n&apos;est pas une adresse http ou https avec un hôte&#xa0;: vérifiez --grafana-url ou les paramètres.</translation>
    </message>
    <message>
        <source>Something answers at %1, but it is not Grafana: its /api/health answered HTTP %2.</source>
        <extracomment>%1 is a URL, %2 an HTTP status code</extracomment>
        <translation>Quelque chose répond sur %1, mais ce n&apos;est pas Grafana&#xa0;: son /api/health a répondu HTTP %2.</translation>
    </message>
    <message>
        <source>%1 answers at %2, but has no dashboard with uid “%3”: it is not provisioned there. Provision it with the commands below, then try again.</source>
        <extracomment>%1 is &quot;Grafana&quot; with its version, %2 a URL, %3 a dashboard&apos;s uid</extracomment>
        <translation>%1 répond sur %2, mais n&apos;a pas de tableau de bord d&apos;uid “%3”&#xa0;: il n&apos;y est pas provisionné. Provisionnez-le avec les commandes ci-dessous, puis réessayez.</translation>
    </message>
    <message>
        <source>Grafana at %1 asks to log in before it shows its dashboards.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Grafana sur %1 demande de se connecter avant de montrer ses tableaux de bord.</translation>
    </message>
    <message>
        <source>Grafana at %1 answered HTTP %2 to the dashboard lookup.</source>
        <extracomment>%1 is a URL, %2 an HTTP status code</extracomment>
        <translation>Grafana sur %1 a répondu HTTP %2 à la recherche du tableau de bord.</translation>
    </message>
    <message>
        <source>Grafana isn&apos;t running at %1: nothing answers there (connection refused).</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Grafana ne tourne pas sur %1&#xa0;: rien n&apos;y répond (connexion refusée).</translation>
    </message>
    <message>
        <source>Grafana isn&apos;t running at %1: the host %2 is unknown.</source>
        <extracomment>%1 is a URL, %2 a host name</extracomment>
        <translation>Grafana ne tourne pas sur %1&#xa0;: l&apos;hôte %2 est inconnu.</translation>
    </message>
    <message>
        <source>Grafana isn&apos;t answering at %1: no answer within %2 s.</source>
        <extracomment>%1 is a URL, %2 a number of seconds</extracomment>
        <translation>Grafana ne répond pas sur %1&#xa0;: aucune réponse en %2 s.</translation>
    </message>
    <message>
        <source>Grafana isn&apos;t reachable at %1: %2.</source>
        <extracomment>%1 is a URL, %2 the network library&apos;s reason</extracomment>
        <translation>Grafana est injoignable sur %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>pc::Language</name>
    <message>
        <source>--lang: &apos;%1&apos; is not one of %2.</source>
        <translation>--lang&#xa0;: &apos;%1&apos; ne fait pas partie de %2.</translation>
    </message>
</context>
<context>
    <name>pc::LoadPlan</name>
    <message>
        <source>The target &apos;%1&apos; is not a URL with a host.</source>
        <translation>La cible «&#xa0;%1&#xa0;» n&apos;est pas une URL avec un hôte.</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; is not plain http: the load generator speaks HTTP/1.1 without TLS.</source>
        <translation>La cible «&#xa0;%1&#xa0;» n&apos;est pas en http simple&#xa0;: le générateur de charge parle HTTP/1.1 sans TLS.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an HTTP method.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une méthode HTTP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a header name and value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom et une valeur d&apos;en-tête.</translation>
    </message>
    <message>
        <source>A rate of %1 req/s is refused: the load generator sends from 1 to %2 requests per second.</source>
        <translation>Un débit de %1 req/s est refusé&#xa0;: le générateur de charge envoie de 1 à %2 requêtes par seconde.</translation>
    </message>
    <message>
        <source>A burst of %1 is refused: a burst sends from 1 to %2 requests.</source>
        <translation>Une rafale de %1 est refusée&#xa0;: une rafale envoie de 1 à %2 requêtes.</translation>
    </message>
    <message>
        <source>A duration of %1 s is refused: a run lasts at most %2 s (24 hours).</source>
        <translation>Une durée de %1 s est refusée&#xa0;: une série dure au plus %2 s (24 heures).</translation>
    </message>
    <message>
        <source>%1 connections are refused: the load generator opens from 1 to %2.</source>
        <translation>%1 connexions sont refusées&#xa0;: le générateur de charge en ouvre de 1 à %2.</translation>
    </message>
</context>
<context>
    <name>pc::LoadReport</name>
    <message>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>uncorrected</source>
        <translation>non corrigée</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 requête</translation>
    </message>
    <message>
        <source>burst of %1</source>
        <translation>rafale de %1</translation>
    </message>
    <message>
        <source>rate %1 req/s for %2 s</source>
        <translation>débit de %1 req/s pendant %2 s</translation>
    </message>
    <message>
        <source>rate %1 req/s until stopped</source>
        <translation>débit de %1 req/s jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source> (routes: %1)</source>
        <translation> (routes&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Running %1 @ %2%3, %4 connections
</source>
        <translation>Série %1 @ %2%3, %4 connexions
</translation>
    </message>
    <message>
        <source>  %1 requests in %2 s: %3 answered, %4 errors%5
</source>
        <translation>  %1 requêtes en %2 s&#xa0;: %3 réponses, %4 erreurs%5
</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (arrêtée avant la fin)</translation>
    </message>
    <message>
        <source>  Answers by code: %1
</source>
        <translation>  Réponses par code&#xa0;: %1
</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>  Errors: %1
</source>
        <translation>  Erreurs&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  Latency (corrected: from each request&apos;s intended send time)
</source>
        <translation>  Latence (corrigée&#xa0;: depuis l&apos;heure d&apos;envoi prévue de chaque requête)
</translation>
    </message>
    <message>
        <source>  Achieved rate: %1 req/s
</source>
        <translation>  Débit atteint&#xa0;: %1 req/s
</translation>
    </message>
    <message>
        <source>  Could not keep up: achieved %1 of the asked %2 req/s.
</source>
        <translation>  Rythme non tenu&#xa0;: %1 atteints sur les %2 req/s demandées.
</translation>
    </message>
    <message>
        <source>  Latency (corrected as wrk does: for the run&apos;s mean interval per connection)
</source>
        <translation>  Latence (corrigée comme le fait wrk&#xa0;: pour l&apos;intervalle moyen de la série par connexion)
</translation>
    </message>
</context>
<context>
    <name>pc::LoadSpec</name>
    <message>
        <source>requests per second, such as rate=2000/s</source>
        <translation>des requêtes par seconde, comme rate=2000/s</translation>
    </message>
    <message>
        <source>a duration, such as for=10s, 500ms or 2m</source>
        <translation>une durée, comme for=10s, 500ms ou 2m</translation>
    </message>
    <message>
        <source>a number of requests, such as burst=5000</source>
        <translation>un nombre de requêtes, comme burst=5000</translation>
    </message>
    <message>
        <source>one of hello, mixed, slow, errors</source>
        <translation>l&apos;un de hello, mixed, slow, errors</translation>
    </message>
    <message>
        <source>an http URL, such as url=http://127.0.0.1:8080/</source>
        <translation>une URL http, comme url=http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>a number of connections, such as connections=32</source>
        <translation>un nombre de connexions, comme connections=32</translation>
    </message>
    <message>
        <source>an HTTP method, such as method=POST</source>
        <translation>une méthode HTTP, comme method=POST</translation>
    </message>
    <message>
        <source>a header, such as header=Accept: text/plain</source>
        <translation>un en-tête, comme header=Accept: text/plain</translation>
    </message>
    <message>
        <source>a duration, such as timeout=5s</source>
        <translation>une durée, comme timeout=5s</translation>
    </message>
    <message>
        <source>the request&apos;s body, such as body={&quot;a&quot;:1}</source>
        <translation>le corps de la requête, comme body={&quot;a&quot;:1}</translation>
    </message>
    <message>
        <source>The load spec has both rate= and burst=: give one of them.</source>
        <translation>La description de charge a à la fois rate= et burst=&#xa0;: donnez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>The load spec has for= without rate=: a duration goes with a rate.</source>
        <translation>La description de charge a for= sans rate=&#xa0;: une durée va avec un débit.</translation>
    </message>
    <message>
        <source>The load spec is empty: give, for example, rate=2000/s,for=10s.</source>
        <translation>La description de charge est vide&#xa0;: donnez par exemple rate=2000/s,for=10s.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in the load spec: the parts are rate=, for=, burst=, routes=, url=, connections=, method=, header=, body= and timeout=.</source>
        <extracomment>%1 is the part of the spec; the keys are the spec&apos;s, keep them untranslated</extracomment>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans la description de charge&#xa0;: les parties sont rate=, for=, burst=, routes=, url=, connections=, method=, header=, body= et timeout=.</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos; in the load spec: expected %2.</source>
        <extracomment>%1 is the part of the spec, %2 how its value should look</extracomment>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» dans la description de charge&#xa0;: attendu %2.</translation>
    </message>
</context>
<context>
    <name>pc::LoadWorker</name>
    <message>
        <source>the service sent a response that is not valid HTTP</source>
        <extracomment>Why a connection of the load generator was lost</extracomment>
        <translation>le service a envoyé une réponse qui n&apos;est pas du HTTP valide</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <extracomment>Why a request of the load generator failed; %1 is a number of seconds</extracomment>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>pc::ManagedPrometheus</name>
    <message>
        <source>Prometheus did not become ready at %1 within %2 s.%3</source>
        <extracomment>%1 is a URL, %2 a number of seconds, %3 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation>Prometheus n&apos;était pas prêt sur %1 au bout de %2 s.%3</translation>
    </message>
    <message>
        <source>The alerting rules %1 embedded in the app are missing.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Les règles d&apos;alerte %1 intégrées à l&apos;application sont manquantes.</translation>
    </message>
    <message>
        <source>Cannot write the alerting rules %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire les règles d&apos;alerte %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Prometheus is not installed (no prometheus on PATH). Install it with `apt-get install prometheus`.</source>
        <translation>Prometheus n&apos;est pas installé (pas de prometheus dans le PATH). Installez-le avec `apt-get install prometheus`.</translation>
    </message>
    <message>
        <source>Prometheus was not found at %1. Install it with `apt-get install prometheus`, or give the path of its binary.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Prometheus est introuvable à %1. Installez-le avec `apt-get install prometheus`, ou indiquez le chemin de son exécutable.</translation>
    </message>
    <message>
        <source>The managed Prometheus listens on loopback only, not on %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Le Prometheus géré n&apos;écoute que sur la boucle locale (loopback), pas sur %1.</translation>
    </message>
    <message>
        <source>The prometheus.yml embedded in the app is missing.</source>
        <translation>Le prometheus.yml intégré à l&apos;application est manquant.</translation>
    </message>
    <message>
        <source>Cannot write a Prometheus config to scrape &quot;%1&quot;: expected host:port and a positive scrape interval.</source>
        <translation>Impossible d&apos;écrire une configuration Prometheus pour collecter &quot;%1&quot;&#xa0;: host:port et un intervalle de collecte positif sont attendus.</translation>
    </message>
    <message>
        <source>Cannot create the Prometheus data directory &quot;%1&quot;.</source>
        <extracomment>%1 is a directory path</extracomment>
        <translation>Impossible de créer le répertoire de données de Prometheus &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write the Prometheus config %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire la configuration Prometheus %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot find a free port for Prometheus on %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Impossible de trouver un port libre pour Prometheus sur %1.</translation>
    </message>
    <message>
        <source>Another server already answers on %1, so Prometheus cannot listen there. Choose another port, or 0 to pick a free one.</source>
        <extracomment>%1 is address:port</extracomment>
        <translation>Un autre serveur répond déjà sur %1&#xa0;: Prometheus ne peut donc pas y écouter. Choisissez un autre port, ou 0 pour en prendre un libre.</translation>
    </message>
    <message>
        <source>crashed</source>
        <extracomment>How Prometheus stopped, put in brackets in a longer sentence</extracomment>
        <translation>planté</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>sorti avec le code %1</translation>
    </message>
    <message>
        <source>Prometheus could not listen on %1: the port is already in use. Choose another port, or 0 to pick a free one.%2</source>
        <extracomment>%1 is address:port, %2 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation>Prometheus n&apos;a pas pu écouter sur %1&#xa0;: le port est déjà utilisé. Choisissez un autre port, ou 0 pour en prendre un libre.%2</translation>
    </message>
    <message>
        <source>Cannot run Prometheus (%1): %2. Install it with `apt-get install prometheus`, or give the path of its binary.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lancer Prometheus (%1)&#xa0;: %2. Installez-le avec `apt-get install prometheus`, ou indiquez le chemin de son exécutable.</translation>
    </message>
    <message>
        <source>Its last log lines:
%1</source>
        <extracomment>Follows a sentence about Prometheus failing; %1 is its log lines, one per line</extracomment>
        <translation>Ses dernières lignes de journal&#xa0;:
%1</translation>
    </message>
    <message>
        <source>: its store %1 is locked by another Prometheus (another copy of Prom Companion?). Nothing was deleted: quit the other copy, or move the store aside to start with an empty one.</source>
        <extracomment>Follows &quot;Prometheus exited … before it was ready&quot;; %1 is a directory path</extracomment>
        <translation>&#xa0;: son stockage %1 est verrouillé par un autre Prometheus (une autre copie de Prom Companion&#xa0;?). Rien n&apos;a été supprimé&#xa0;: quittez l&apos;autre copie, ou mettez le stockage de côté pour repartir d&apos;un stockage vide.</translation>
    </message>
    <message>
        <source>: it cannot open its store %1. Nothing was deleted: move the store aside to start with an empty one.</source>
        <extracomment>Follows &quot;Prometheus exited … before it was ready&quot;; %1 is a directory path</extracomment>
        <translation>&#xa0;: il ne peut pas ouvrir son stockage %1. Rien n&apos;a été supprimé&#xa0;: mettez le stockage de côté pour repartir d&apos;un stockage vide.</translation>
    </message>
    <message>
        <source>Prometheus crashed before it was ready%1%2</source>
        <extracomment>%1 says why (&quot;: it cannot open its store …&quot;, or a full stop), %2 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation>Prometheus a planté avant d&apos;être prêt%1%2</translation>
    </message>
    <message>
        <source>Prometheus exited with code %1 before it was ready%2%3</source>
        <extracomment>%1 is an exit code, %2 says why (&quot;: it cannot open its store …&quot;, or a full stop), %3 the sentence that quotes Prometheus&apos;s last log lines, or nothing</extracomment>
        <translation>Prometheus s&apos;est arrêté avec le code %1 avant d&apos;être prêt%2%3</translation>
    </message>
    <message>
        <source>Cannot create the rules folder %1.</source>
        <extracomment>%1 is a directory path</extracomment>
        <translation>Impossible de créer le dossier des règles %1.</translation>
    </message>
</context>
<context>
    <name>pc::PanelFidelity</name>
    <message>
        <source>its data source “%1” is of type %2, not Prometheus</source>
        <extracomment>%1 is a data source&apos;s name, %2 its type, such as loki</extracomment>
        <translation>sa source de données «&#xa0;%1&#xa0;» est de type %2, pas Prometheus</translation>
    </message>
    <message>
        <source>the “%1” panel type is not drawn yet</source>
        <extracomment>%1 is a Grafana panel type, such as piechart</extracomment>
        <translation>le type de panneau «&#xa0;%1&#xa0;» n’est pas encore dessiné</translation>
    </message>
    <message>
        <source>instant queries are drawn over the range</source>
        <translation>les requêtes instantanées sont dessinées sur la période</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>dessiné</translation>
    </message>
    <message>
        <source>approximated: %1</source>
        <extracomment>%1 says what differs from Grafana</extracomment>
        <translation>approché&#xa0;: %1</translation>
    </message>
    <message>
        <source>not drawn: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>non dessiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>the %1 bars are drawn as basic ones</source>
        <extracomment>%1 is a bar gauge&apos;s display mode: gradient or lcd</extracomment>
        <translation>les barres %1 sont dessinées comme des barres simples</translation>
    </message>
    <message>
        <source>the %1 colour scheme is drawn as Oranges</source>
        <extracomment>%1 is a colour scheme&apos;s name, such as Turbo</extracomment>
        <translation>le dégradé %1 est dessiné en Oranges</translation>
    </message>
    <message>
        <source>buckets are not calculated from raw values: each series is a row</source>
        <translation>les intervalles ne sont pas calculés à partir des valeurs brutes&#xa0;: chaque série est une ligne</translation>
    </message>
    <message>
        <source>the bucket layout %1 is drawn as le</source>
        <extracomment>%1 is a heatmap&apos;s bucket layout: ge or unknown</extracomment>
        <translation>la disposition d’intervalles %1 est dessinée en le</translation>
    </message>
    <message>
        <source>the unit %1 is shown as a plain number</source>
        <extracomment>%1 is a Grafana unit&apos;s name
----------
%1 is a Grafana unit id, such as lengthmm</extracomment>
        <translation>l’unité %1 est affichée comme un simple nombre</translation>
    </message>
    <message>
        <source>transformation %1 not applied</source>
        <extracomment>%1 is a Grafana transformation&apos;s id, such as calculateField</extracomment>
        <translation>transformation %1 non appliquée</translation>
    </message>
    <message>
        <source>the %1 calculation is left empty</source>
        <extracomment>%1 is a reducer&apos;s id, such as median</extracomment>
        <translation>le calcul %1 est laissé vide</translation>
    </message>
    <message>
        <source>%1 not applied</source>
        <extracomment>%1 is a Grafana field property or cell display mode, such as mappings or lcd-gauge</extracomment>
        <translation>%1 non appliqué</translation>
    </message>
    <message>
        <source>images are not loaded</source>
        <translation>les images ne sont pas chargées</translation>
    </message>
    <message>
        <source>the %1 calculation is not computed</source>
        <extracomment>%1 is a Grafana reducer id, such as stdDev</extracomment>
        <translation>le calcul %1 n’est pas effectué</translation>
    </message>
    <message>
        <source>legend calculations not computed: %1</source>
        <extracomment>%1 lists Grafana reducer ids, such as stdDev, p95</extracomment>
        <translation>calculs de légende non effectués&#xa0;: %1</translation>
    </message>
    <message>
        <source>series with a unit of their own share the panel&apos;s axis</source>
        <translation>les séries ayant leur propre unité partagent l’axe du panneau</translation>
    </message>
</context>
<context>
    <name>pc::PromAlerts</name>
    <message>
        <source>%1 is not an object</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] labels&quot;
----------
%1 is a place in JSON, such as &quot;data.alerts[3]&quot;</extracomment>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; that is not a string</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] labels&quot;; %2 a key</extracomment>
        <translation>%1 a &quot;%2&quot; qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, not pending, firing or inactive</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] state&quot;; %2 the state found there. pending, firing and inactive are Prometheus&apos;s words: keep them untranslated.</extracomment>
        <translation>%1 vaut &quot;%2&quot;, et non pending, firing ou inactive</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3] value&quot;</extracomment>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 has no alertname</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.alerts[3]&quot;; alertname is a label name</extracomment>
        <translation>%1 n&apos;a pas d&apos;alertname</translation>
    </message>
    <message>
        <source>data.alerts is not an array</source>
        <translation>data.alerts n&apos;est pas un tableau</translation>
    </message>
</context>
<context>
    <name>pc::PromClient</name>
    <message>
        <source>The Prometheus URL “%1” is not an http:// or https:// URL with a host</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>L&apos;URL de Prometheus “%1” n&apos;est pas une URL http:// ou https:// avec un hôte</translation>
    </message>
</context>
<context>
    <name>pc::PromError</name>
    <message>
        <source>%1 refused the request (HTTP %2): the credentials are missing or wrong; set a user and password with %3 with %4 or %5, or a token with %6 or %7.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code; %3, %4 and %6 are command-line options, %5 and %7 environment variables</extracomment>
        <translation>%1 a refusé la requête (HTTP %2)&#xa0;: les identifiants sont absents ou erronés&#xa0;; indiquez un utilisateur avec %3 et un mot de passe avec %4 ou %5, ou un jeton avec %6 ou %7.</translation>
    </message>
    <message>
        <source>%1 asks for credentials (HTTP %2) and none were given: set a user and password with %3 with %4 or %5, or a token with %6 or %7.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code; %3, %4 and %6 are command-line options, %5 and %7 environment variables</extracomment>
        <translation>%1 demande des identifiants (HTTP %2) et aucun n&apos;a été fourni&#xa0;: indiquez un utilisateur avec %3 et un mot de passe avec %4 ou %5, ou un jeton avec %6 ou %7.</translation>
    </message>
    <message>
        <source>%1 refused the user name and password (HTTP %2): check %3 with %4 or %5.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code; %3 and %4 are command-line options, %5 an environment variable</extracomment>
        <translation>%1 a refusé le nom d&apos;utilisateur et le mot de passe (HTTP %2)&#xa0;: vérifiez %3 et %4 ou %5.</translation>
    </message>
    <message>
        <source>%1 refused the bearer token (HTTP %2): check %3 or %4.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code, %3 a command-line option, %4 an environment variable</extracomment>
        <translation>%1 a refusé le jeton bearer (HTTP %2)&#xa0;: vérifiez %3 ou %4.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): it serves several tenants and none was named (&quot;no org id&quot;); name yours with %3.</source>
        <extracomment>%1 names the server (&quot;Prometheus at http://…&quot;), %2 is an HTTP status code, %3 a command-line option with its value, to copy as it is</extracomment>
        <translation>%1 a refusé la requête (HTTP %2)&#xa0;: il sert plusieurs locataires (tenants) et aucun n&apos;a été nommé («&#xa0;no org id&#xa0;»)&#xa0;; nommez le vôtre avec %3.</translation>
    </message>
</context>
<context>
    <name>pc::PromReply</name>
    <message>
        <source>%1 bytes</source>
        <extracomment>A size in a sentence; %1 is a number</extracomment>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Prometheus at %1 sent more than %2: narrow the query or the range, or raise the limit</source>
        <extracomment>%1 is a URL, %2 a size such as &quot;16 MiB&quot;</extracomment>
        <translation>Prometheus sur %1 a envoyé plus de %2&#xa0;: restreignez la requête ou la période, ou relevez la limite</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <extracomment>The subject of a sentence saying that the server refused the credentials; %1 is a URL</extracomment>
        <translation>Prometheus sur %1</translation>
    </message>
    <message>
        <source>Prometheus at %1 is not reachable: connection refused</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Prometheus sur %1 est injoignable&#xa0;: connexion refusée</translation>
    </message>
    <message>
        <source>Prometheus at %1 is not reachable: host “%2” not found</source>
        <extracomment>%1 is a URL, %2 a host name</extracomment>
        <translation>Prometheus sur %1 est injoignable&#xa0;: hôte “%2” introuvable</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer within %2</source>
        <extracomment>%1 is a URL, %2 a duration such as &quot;10 s&quot;</extracomment>
        <translation>Prometheus sur %1 n&apos;a pas répondu en %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 is not reachable: %2</source>
        <extracomment>%1 is a URL, %2 the system&apos;s reason</extracomment>
        <translation>Prometheus sur %1 est injoignable&#xa0;: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1 closed the connection before answering</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Prometheus sur %1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>Prometheus at %1: the TLS handshake failed: %2</source>
        <extracomment>%1 is a URL, %2 the TLS library&apos;s reason</extracomment>
        <translation>Prometheus sur %1&#xa0;: la négociation TLS a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Prometheus at %1: %2</source>
        <extracomment>%1 is a URL, %2 the network library&apos;s reason</extracomment>
        <translation>Prometheus sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::PromResponse</name>
    <message>
        <source>Prometheus</source>
        <extracomment>The subject of an error sentence, such as &quot;Prometheus sent malformed JSON: …&quot;</extracomment>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <extracomment>The subject of an error sentence; %1 is a URL</extracomment>
        <translation>Prometheus sur %1</translation>
    </message>
    <message>
        <source>an empty body</source>
        <extracomment>What a server sent instead of JSON, inserted into a sentence</extracomment>
        <translation>un corps vide</translation>
    </message>
    <message>
        <source>an HTML page titled “%1”</source>
        <extracomment>What a server sent instead of JSON, inserted into a sentence; %1 is the page&apos;s title</extracomment>
        <translation>une page HTML intitulée “%1”</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <extracomment>What a server sent instead of JSON, inserted into a sentence</extracomment>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A quoted excerpt of what a server sent instead of JSON</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 a rejeté la requête (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 could not evaluate the query (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 n&apos;a pas pu évaluer la requête (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 gave up on the query at its own query timeout (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 a abandonné la requête, faute de réponse dans son propre délai (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 canceled the query (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 a annulé la requête (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 is not ready to answer (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 n&apos;est pas prêt à répondre (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 failed internally (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 a subi une erreur interne (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 has no such endpoint (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 Prometheus&apos;s error type, %4 its error text</extracomment>
        <translation>%1 n&apos;a pas cet endpoint (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>no details given</source>
        <extracomment>Stands for Prometheus&apos;s error text when it gave none</extracomment>
        <translation>aucun détail fourni</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2): %3</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 the server&apos;s error text</extracomment>
        <translation>%1 a répondu par une erreur (HTTP %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2, %3): %4</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 the server&apos;s error type, %4 its error text</extracomment>
        <translation>%1 a répondu par une erreur (HTTP %2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 sent an answer of unexpected shape: %2</source>
        <extracomment>%1 names the server, %2 says which part of the JSON is wrong</extracomment>
        <translation>%1 a envoyé une réponse de forme inattendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with JSON that is not a Prometheus answer</source>
        <extracomment>%1 names the server, %2 is an HTTP status code</extracomment>
        <translation>%1 a répondu HTTP %2 avec du JSON qui n&apos;est pas une réponse de Prometheus</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3, not Prometheus JSON: is a proxy in front of it, or is the URL wrong?</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 describes the body (&quot;an HTML page titled …&quot;, &quot;an empty body&quot;)</extracomment>
        <translation>%1 a répondu HTTP %2 avec %3, et non du JSON Prometheus&#xa0;: un proxy est-il placé devant, ou l&apos;URL est-elle erronée&#xa0;?</translation>
    </message>
    <message>
        <source>%1 sent %2 instead of JSON: is the URL that of Prometheus?</source>
        <extracomment>%1 names the server, %2 describes the body (&quot;an HTML page titled …&quot;, &quot;an empty body&quot;)</extracomment>
        <translation>%1 a envoyé %2 au lieu de JSON&#xa0;: est-ce bien l&apos;URL de Prometheus&#xa0;?</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON: %2 at byte %3</source>
        <extracomment>%1 names the server, %2 is the JSON parser&apos;s message, %3 a byte offset</extracomment>
        <translation>%1 a envoyé du JSON mal formé&#xa0;: %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>le JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;status&quot; is missing</source>
        <translation>&quot;status&quot; est absent</translation>
    </message>
    <message>
        <source>&quot;status&quot; is &quot;%1&quot;, expected &quot;success&quot;</source>
        <extracomment>%1 is the value of the JSON member &quot;status&quot;</extracomment>
        <translation>&quot;status&quot; vaut &quot;%1&quot; au lieu de &quot;success&quot;</translation>
    </message>
    <message>
        <source>&quot;data&quot; is missing</source>
        <translation>&quot;data&quot; est absent</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <extracomment>%1 is a path in JSON, such as data.result[3]</extracomment>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not an object of labels</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].metric</extracomment>
        <translation>%1 n&apos;est pas un objet de labels</translation>
    </message>
    <message>
        <source>%1 has a label &quot;%2&quot; that is not a string</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].metric; %2 a label name</extracomment>
        <translation>%1 a un label &quot;%2&quot; qui n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is not a [time, &quot;value&quot;] pair</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].value</extracomment>
        <translation>%1 n&apos;est pas une paire [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>%1 has a time out of range</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].value</extracomment>
        <translation>%1 a un horodatage hors limites</translation>
    </message>
    <message>
        <source>%1 has the value &quot;%2&quot;, not a number</source>
        <extracomment>%1 is a path in JSON, such as data.result[3].value; %2 the value found there</extracomment>
        <translation>%1 a la valeur &quot;%2&quot;, qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>data.result is not an array</source>
        <translation>data.result n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>%1.value is missing</source>
        <extracomment>%1 is a path in JSON, such as data.result[3]</extracomment>
        <translation>%1.value est absent</translation>
    </message>
    <message>
        <source>%1.values is not an array</source>
        <extracomment>%1 is a path in JSON, such as data.result[3]</extracomment>
        <translation>%1.values n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object</source>
        <translation>&quot;data&quot; n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation>data.resultType est absent</translation>
    </message>
    <message>
        <source>data.result is missing</source>
        <translation>data.result est absent</translation>
    </message>
    <message>
        <source>data.result is not a [time, &quot;string&quot;] pair</source>
        <translation>data.result n&apos;est pas une paire [time, &quot;string&quot;]</translation>
    </message>
    <message>
        <source>data.result has a time out of range</source>
        <translation>data.result a un horodatage hors limites</translation>
    </message>
    <message>
        <source>data.resultType &quot;%1&quot; is unknown</source>
        <extracomment>%1 is the value of data.resultType in Prometheus&apos;s JSON</extracomment>
        <translation>data.resultType &quot;%1&quot; est inconnu</translation>
    </message>
    <message>
        <source>data.activeTargets is not an array</source>
        <translation>data.activeTargets n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>%1 lacks &quot;labels&quot; or &quot;health&quot;</source>
        <extracomment>%1 is a path in JSON, such as data.activeTargets[3]</extracomment>
        <translation>%1 n&apos;a pas de &quot;labels&quot; ou de &quot;health&quot;</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an array</source>
        <translation>&quot;data&quot; n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>a label value is not a string</source>
        <translation>une valeur de label n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>a flag value is not a string</source>
        <translation>une valeur de flag n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to the readiness check, with %3</source>
        <extracomment>%1 names the server, %2 is an HTTP status code, %3 describes the body (&quot;an HTML page titled …&quot;, &quot;an empty body&quot;)</extracomment>
        <translation>%1 a répondu HTTP %2 au contrôle de disponibilité, avec %3</translation>
    </message>
</context>
<context>
    <name>pc::PromRules</name>
    <message>
        <source>%1 is not a rule group</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.groups[3]&quot;</extracomment>
        <translation>%1 n&apos;est pas un groupe de règles</translation>
    </message>
    <message>
        <source>%1 has no name or no known state</source>
        <extracomment>%1 is a place in JSON, such as &quot;data.groups[3].rules[0]&quot;</extracomment>
        <translation>%1 n&apos;a pas de nom ou pas d&apos;état connu</translation>
    </message>
    <message>
        <source>data.groups is not an array</source>
        <translation>data.groups n&apos;est pas un tableau</translation>
    </message>
</context>
<context>
    <name>pc::PromSource</name>
    <message>
        <source>Prometheus started by Prom Companion at %1 (pid %2)</source>
        <extracomment>%1 is a URL, %2 a process id</extracomment>
        <translation>Prometheus lancé par Prom Companion sur %1 (pid %2)</translation>
    </message>
    <message>
        <source>Could not restart the Prometheus started by Prom Companion: %1 Charting the local counter only.</source>
        <extracomment>%1 is a sentence that says why, ending with a full stop</extracomment>
        <translation>Impossible de relancer le Prometheus lancé par Prom Companion&#xa0;: %1 Seul le compteur local est tracé.</translation>
    </message>
    <message>
        <source>Could not start a Prometheus: %1 Charting the local counter only.</source>
        <translation>Impossible de lancer un Prometheus&#xa0;: %1 Seul le compteur local est tracé.</translation>
    </message>
    <message>
        <source>Looking for Prometheus at %1…</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Recherche de Prometheus sur %1…</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <extracomment>Which Prometheus the chart uses; %1 is a URL</extracomment>
        <translation>Prometheus sur %1</translation>
    </message>
    <message>
        <source>Nothing answers at %1, and no Prometheus is installed to start (apt-get install prometheus). Charting the local counter only.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Rien ne répond sur %1, et aucun Prometheus n&apos;est installé pour en lancer un (apt-get install prometheus). Seul le compteur local est tracé.</translation>
    </message>
    <message>
        <source>Prometheus (started by Prom Companion) stopped unexpectedly (%1) %2 times in a row; it is not restarted again. Charting the local counter only.</source>
        <extracomment>%1 says how it stopped (&quot;crashed&quot;, &quot;exited with code 2&quot;), %2 is a count</extracomment>
        <translation>Prometheus (lancé par Prom Companion) s&apos;est arrêté de façon inattendue (%1) %2 fois de suite&#xa0;; il ne sera plus relancé. Seul le compteur local est tracé.</translation>
    </message>
    <message>
        <source>Prometheus (started by Prom Companion) stopped unexpectedly (%1); restarting it (attempt %2 of %3)</source>
        <extracomment>%1 says how it stopped (&quot;crashed&quot;, &quot;exited with code 2&quot;), %2 and %3 are counts</extracomment>
        <translation>Prometheus (lancé par Prom Companion) s&apos;est arrêté de façon inattendue (%1)&#xa0;; relance (tentative %2 sur %3)</translation>
    </message>
    <message>
        <source>No Prometheus is installed to start one of this app&apos;s own (apt-get install prometheus).</source>
        <extracomment>Follows the sentence that says which Prometheus is in use</extracomment>
        <translation>Aucun Prometheus n&apos;est installé pour en lancer un propre à cette application (apt-get install prometheus).</translation>
    </message>
    <message>
        <source>Starting a Prometheus of this app&apos;s own on a free port, since the one at %1 does not scrape it…</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Lancement d&apos;un Prometheus propre à cette application sur un port libre, car celui de %1 ne la collecte pas…</translation>
    </message>
    <message>
        <source>Nothing answers at %1: starting a Prometheus of our own…</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>Rien ne répond sur %1&#xa0;: lancement de notre propre Prometheus…</translation>
    </message>
    <message>
        <source>Clearing the history of the Prometheus started by Prom Companion…</source>
        <translation>Effacement de l&apos;historique du Prometheus lancé par Prom Companion…</translation>
    </message>
    <message>
        <source>Moving the refused Prometheus store aside and starting with an empty one…</source>
        <translation>Mise de côté du stockage Prometheus refusé et démarrage avec un stockage vide…</translation>
    </message>
</context>
<context>
    <name>pc::PrometheusStore</name>
    <message>
        <source>Cannot delete all of the Prometheus store %1.</source>
        <extracomment>%1 is a directory path</extracomment>
        <translation>Impossible de supprimer entièrement le stockage Prometheus %1.</translation>
    </message>
    <message>
        <source>There is no Prometheus store at %1 to move aside.</source>
        <extracomment>%1 is a directory path</extracomment>
        <translation>Il n&apos;y a pas de stockage Prometheus à mettre de côté dans %1.</translation>
    </message>
    <message>
        <source>Cannot rename the Prometheus store %1 to %2.</source>
        <extracomment>%1 and %2 are directory paths</extracomment>
        <translation>Impossible de renommer le stockage Prometheus %1 en %2.</translation>
    </message>
</context>
<context>
    <name>pc::RangePoller</name>
    <message>
        <source>Type a PromQL query to chart.</source>
        <translation>Saisissez une requête PromQL à tracer.</translation>
    </message>
</context>
<context>
    <name>pc::RuleTestRecorder</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Nothing to record: the expression reads no series, or the window is empty.</source>
        <translation>Rien à enregistrer : l&apos;expression ne lit aucune série, ou la fenêtre est vide.</translation>
    </message>
    <message>
        <source>Prometheus recorded too few samples of the series %1 reads over the window to make a test of.</source>
        <extracomment>%1 is a PromQL expression</extracomment>
        <translation>Prometheus a enregistré trop peu d&apos;échantillons des séries que lit %1 sur cette fenêtre pour en faire un test.</translation>
    </message>
    <message>
        <source>promtool could not run: %1.</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>promtool n&apos;a pas pu être lancé : %1.</translation>
    </message>
</context>
<context>
    <name>pc::RulesFolder</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>The rule record %1 cannot be read (%2); it is left as it is.</source>
        <extracomment>%1 is a file path, %2 why it cannot be read</extracomment>
        <translation>La fiche de règle %1 est illisible (%2) ; elle est laissée telle quelle.</translation>
    </message>
    <message>
        <source>promtool is not installed, so the rule cannot be checked. Install it with `apt-get install prometheus`.</source>
        <translation>promtool n&apos;est pas installé : la règle ne peut pas être vérifiée. Installez-le avec `apt-get install prometheus`.</translation>
    </message>
    <message>
        <source>promtool (%1) did not finish: %2.</source>
        <extracomment>%1 is the path of promtool, %2 the system&apos;s reason</extracomment>
        <translation>promtool (%1) n&apos;a pas fini : %2.</translation>
    </message>
    <message>
        <source>promtool rejected the rule without saying why.</source>
        <translation>promtool a refusé la règle sans dire pourquoi.</translation>
    </message>
    <message>
        <source>Cannot create the rules folder %1.</source>
        <extracomment>%1 is a directory path</extracomment>
        <translation>Impossible de créer le dossier des règles %1.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder to check the rule in.</source>
        <translation>Impossible de créer un dossier temporaire où vérifier la règle.</translation>
    </message>
    <message>
        <source>Cannot remove %1 to disable the rule.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Impossible de retirer %1 pour désactiver la règle.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The rule file %1 is broken and could not be moved aside; Prometheus may refuse to start. promtool says: %2</source>
        <extracomment>%1 is a file path, %2 promtool&apos;s message</extracomment>
        <translation>Le fichier de règles %1 est invalide et n&apos;a pas pu être mis de côté ; Prometheus risque de refuser de démarrer. promtool dit : %2</translation>
    </message>
    <message>
        <source>The rule file %1 is broken, so it was renamed to %2 and Prometheus runs without it. Fix it and rename it back to load it. promtool says: %3</source>
        <extracomment>%1 and %2 are file paths, %3 promtool&apos;s message</extracomment>
        <translation>Le fichier de règles %1 est invalide : il a été renommé en %2 et Prometheus tourne sans lui. Corrigez-le et redonnez-lui son nom pour le charger. promtool dit : %3</translation>
    </message>
</context>
<context>
    <name>pc::RunHistory</name>
    <message>
        <source>no list of runs</source>
        <translation>pas de liste de séries</translation>
    </message>
    <message>
        <source>run %1 is not a run</source>
        <extracomment>%1 is a position in a list, from 1</extracomment>
        <translation>la série %1 n&apos;en est pas une</translation>
    </message>
    <message>
        <source>The run history %1 cannot be read (%2). It is left as it is; runs of this session are not saved.</source>
        <extracomment>%1 is a file path, %2 why it cannot be read</extracomment>
        <translation>L&apos;historique des séries %1 est illisible (%2). Il est laissé tel quel&#xa0;; les séries de cette session ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Cannot save the run history to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;enregistrer l&apos;historique des séries dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::ServiceHost</name>
    <message>
        <source>Cannot start the demo service on %1: port %2 is already in use. Choose another with --%3 (0 picks a free port).</source>
        <extracomment>%1 is address:port, %2 the port, %3 an option name</extracomment>
        <translation>Impossible de démarrer le service de démo sur %1&#xa0;: le port %2 est déjà utilisé. Choisissez-en un autre avec --%3 (0 prend un port libre).</translation>
    </message>
    <message>
        <source>Cannot start the metrics endpoint on %1: port %2 is already in use. Choose another with --%3 (0 picks a free port).</source>
        <translation>Impossible de démarrer l&apos;endpoint des métriques sur %1&#xa0;: le port %2 est déjà utilisé. Choisissez-en un autre avec --%3 (0 prend un port libre).</translation>
    </message>
    <message>
        <source>Cannot start the demo service on %1: %2. Check --bind and --%3.</source>
        <extracomment>%1 is address:port, %2 the system&apos;s reason, %3 an option name</extracomment>
        <translation>Impossible de démarrer le service de démo sur %1&#xa0;: %2. Vérifiez --bind et --%3.</translation>
    </message>
    <message>
        <source>Cannot start the metrics endpoint on %1: %2. Check --bind and --%3.</source>
        <translation>Impossible de démarrer l&apos;endpoint des métriques sur %1&#xa0;: %2. Vérifiez --bind et --%3.</translation>
    </message>
</context>
<context>
    <name>pc::Settings</name>
    <message>
        <source>Cannot read the secret file &apos;%1&apos;: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire le fichier secret &apos;%1&apos;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http:// or https:// URL with a host.</source>
        <extracomment>%1 names where the URL came from (&quot;--grafana-url&quot;, &quot;Setting grafana/url&quot;), %2 is the URL</extracomment>
        <translation>%1&#xa0;: &apos;%2&apos; n&apos;est pas une URL http:// ou https:// avec un hôte.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read or is corrupt; using the defaults.</source>
        <translation>Le fichier de paramètres %1 est illisible ou corrompu&#xa0;; utilisation des valeurs par défaut.</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <extracomment>%1 is a settings key such as grafana/url</extracomment>
        <translation>Paramètre %1</translation>
    </message>
    <message>
        <source>Using %1.</source>
        <extracomment>Follows the sentence that rejects a URL setting; %1 is the default URL</extracomment>
        <translation>Utilisation de %1.</translation>
    </message>
    <message>
        <source>Setting prometheus/headers: &apos;%1&apos; is not a &apos;Name: value&apos; header; ignored.</source>
        <translation>Paramètre prometheus/headers&#xa0;: &apos;%1&apos; n&apos;est pas un en-tête &apos;Nom: valeur&apos;&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Prom Companion: the Prometheus tutorial&apos;s demo app, its /metrics endpoint and a live chart in one desktop program.</source>
        <translation>Prom Companion&#xa0;: l&apos;application de démo du tutoriel Prometheus, son endpoint /metrics et un graphique en direct, en un seul programme de bureau.</translation>
    </message>
    <message>
        <source>Port of the demo service (GET / answers Hello, world!); 0 picks a free one.</source>
        <translation>Port du service de démo (GET / répond Hello, world!)&#xa0;; 0 en prend un libre.</translation>
    </message>
    <message>
        <source>Port of the Prometheus /metrics endpoint; 0 picks a free one.</source>
        <translation>Port de l&apos;endpoint /metrics de Prometheus&#xa0;; 0 en prend un libre.</translation>
    </message>
    <message>
        <source>Address both servers listen on. Anything but loopback exposes them, without authentication, to the network.</source>
        <translation>Adresse d&apos;écoute des deux serveurs. Toute adresse autre que loopback les expose au réseau, sans authentification.</translation>
    </message>
    <message>
        <source>Threads serving the demo service; 0 means one per core.</source>
        <translation>Threads servant le service de démo&#xa0;; 0 signifie un par cœur.</translation>
    </message>
    <message>
        <source>Serve without a window until SIGINT or SIGTERM.</source>
        <translation>Servir sans fenêtre jusqu&apos;à SIGINT ou SIGTERM.</translation>
    </message>
    <message>
        <source>Prometheus to query, for this run. May carry a path prefix.</source>
        <translation>Prometheus à interroger, pour cette exécution. Peut comporter un préfixe de chemin.</translation>
    </message>
    <message>
        <source>User name for basic auth; the password comes from --prometheus-password-file or $%1.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation>Nom d&apos;utilisateur pour l&apos;authentification basic&#xa0;; le mot de passe vient de --prometheus-password-file ou de $%1.</translation>
    </message>
    <message>
        <source>File holding the basic auth password.</source>
        <translation>Fichier contenant le mot de passe de l&apos;authentification basic.</translation>
    </message>
    <message>
        <source>File holding a bearer token; or set $%1.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation>Fichier contenant un jeton bearer&#xa0;; ou définissez $%1.</translation>
    </message>
    <message>
        <source>Extra header for every Prometheus request, such as &apos;X-Scope-OrgID: tenant-1&apos; (repeatable).</source>
        <translation>En-tête supplémentaire pour chaque requête vers Prometheus, par exemple &apos;X-Scope-OrgID: tenant-1&apos; (répétable).</translation>
    </message>
    <message>
        <source>Never start a Prometheus of our own when none answers.</source>
        <translation>Ne jamais lancer notre propre Prometheus quand aucun ne répond.</translation>
    </message>
    <message>
        <source>Grafana that the dashboard button opens.</source>
        <translation>Grafana qu&apos;ouvre le bouton du tableau de bord.</translation>
    </message>
    <message>
        <source>Render the window to a PNG once the chart has data, then exit.</source>
        <translation>Rendre la fenêtre dans un PNG dès que le graphique a des données, puis quitter.</translation>
    </message>
    <message>
        <source>Time window the chart opens with: 1m, 5m, 15m or 1h.</source>
        <translation>Fenêtre de temps du graphique à l&apos;ouverture&#xa0;: 1m, 5m, 15m ou 1h.</translation>
    </message>
    <message>
        <source>PromQL the chart opens with, instead of the request totals.</source>
        <translation>Requête PromQL du graphique à l&apos;ouverture, au lieu du total des requêtes.</translation>
    </message>
    <message>
        <source>The view the window opens on: chart (the live chart) or dashboard (the shipped Grafana dashboard).</source>
        <extracomment>&quot;chart&quot; and &quot;dashboard&quot; are the option&apos;s values: keep them untranslated</extracomment>
        <translation>La vue à l&apos;ouverture de la fenêtre&#xa0;: chart (le graphique en direct) ou dashboard (le tableau de bord Grafana fourni).</translation>
    </message>
    <message>
        <source>Interface language: en or fr. Default: the system&apos;s, when it is one of them, else English.</source>
        <extracomment>&quot;en&quot; and &quot;fr&quot; are the option&apos;s values: keep them untranslated</extracomment>
        <translation>Langue de l&apos;interface&#xa0;: en ou fr. Par défaut&#xa0;: celle du système si c&apos;est l&apos;une des deux, sinon l&apos;anglais.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; see --help.</source>
        <translation>Argument inattendu &apos;%1&apos;&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a port number (0 to 65535).</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1&#xa0;: &apos;%2&apos; n&apos;est pas un numéro de port (0 à 65535).</translation>
    </message>
    <message>
        <source>--service-port and --metrics-port are both %1; they need two different ports.</source>
        <extracomment>%1 is a port number</extracomment>
        <translation>--service-port et --metrics-port valent tous deux %1&#xa0;; il faut deux ports différents.</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address (for example 127.0.0.1 or 0.0.0.0).</source>
        <translation>--bind&#xa0;: &apos;%1&apos; n&apos;est pas une adresse IP (par exemple 127.0.0.1 ou 0.0.0.0).</translation>
    </message>
    <message>
        <source>Warning: listening on %1 exposes the demo service and /metrics, which have no authentication, to the network.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>Attention&#xa0;: écouter sur %1 expose au réseau le service de démo et /metrics, qui n&apos;ont pas d&apos;authentification.</translation>
    </message>
    <message>
        <source>--service-threads: &apos;%1&apos; is not a thread count (0 to 64).</source>
        <translation>--service-threads&#xa0;: &apos;%1&apos; n&apos;est pas un nombre de threads (0 à 64).</translation>
    </message>
    <message>
        <source>--prometheus-header: &apos;%1&apos; is not a &apos;Name: value&apos; header.</source>
        <translation>--prometheus-header&#xa0;: &apos;%1&apos; n&apos;est pas un en-tête &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>--chart-window: &apos;%1&apos; is not one of 1m, 5m, 15m, 1h.</source>
        <translation>--chart-window&#xa0;: &apos;%1&apos; ne fait pas partie de 1m, 5m, 15m, 1h.</translation>
    </message>
    <message>
        <source>--query: give a PromQL expression.</source>
        <translation>--query&#xa0;: indiquez une expression PromQL.</translation>
    </message>
    <message>
        <source>--view: &apos;%1&apos; is not chart or dashboard.</source>
        <translation>--view&#xa0;: &apos;%1&apos; n&apos;est ni chart ni dashboard.</translation>
    </message>
    <message>
        <source>Grafana dashboard JSON to open in the Dashboard view, instead of the shipped one.</source>
        <translation>Tableau de bord Grafana (JSON) à ouvrir dans la vue Tableau de bord, au lieu de celui fourni.</translation>
    </message>
    <message>
        <source>A dashboard variable&apos;s value at start, several separated by commas (repeatable).</source>
        <translation>La valeur d’une variable du tableau de bord au démarrage, plusieurs séparées par des virgules (répétable).</translation>
    </message>
    <message>
        <source>--var: &apos;%1&apos; is not NAME=VALUE.</source>
        <translation>--var&#xa0;: «&#xa0;%1&#xa0;» n’est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>Without a window: resolve a dashboard&apos;s variables, run every query over its range, print what each panel draws, and exit (0: all drawn, 1: some not, 2: unreadable).</source>
        <translation>Sans fenêtre&#xa0;: résoudre les variables d’un tableau de bord, exécuter chaque requête sur sa période, afficher ce que dessine chaque panneau, puis quitter (0&#xa0;: tout est dessiné, 1&#xa0;: pas tout, 2&#xa0;: illisible).</translation>
    </message>
    <message>
        <source>Setting %1: &apos;%2&apos; is not a valid value; using %3.</source>
        <extracomment>%1 is a settings key, %2 the value found, %3 the default used instead</extracomment>
        <translation>Réglage %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une valeur valide&#xa0;; %3 est utilisé.</translation>
    </message>
    <message>
        <source>With --headless: one load run against the demo service, such as &apos;rate=2000/s,for=10s&apos; or &apos;burst=5000,routes=mixed&apos; (also url=, connections=, method=, header=, body=, timeout=); prints its summary, then exits.</source>
        <extracomment>the spec&apos;s keys and values are the option&apos;s: keep them untranslated</extracomment>
        <translation>Avec --headless&#xa0;: une série de charge contre le service de démonstration, comme «&#xa0;rate=2000/s,for=10s&#xa0;» ou «&#xa0;burst=5000,routes=mixed&#xa0;» (aussi url=, connections=, method=, header=, body=, timeout=)&#xa0;; affiche son résumé, puis quitte.</translation>
    </message>
    <message>
        <source>How --load prints its summary: text (as wrk) or json.</source>
        <translation>Comment --load affiche son résumé&#xa0;: text (comme wrk) ou json.</translation>
    </message>
    <message>
        <source>--load-report: &apos;%1&apos; is not text or json.</source>
        <translation>--load-report&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni text ni json.</translation>
    </message>
    <message>
        <source>--load runs only with --headless; in the window, start runs from the load panel.</source>
        <translation>--load ne fonctionne qu&apos;avec --headless&#xa0;; dans la fenêtre, lancez les séries depuis le panneau de charge.</translation>
    </message>
</context>
<context>
    <name>pc::VariableResolver</name>
    <message>
        <source>Prometheus</source>
        <extracomment>The only data source the app has: the Prometheus it asks</extracomment>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>The query of $%1, “%2”, is not one of label_values(), label_names(), metrics() or query_result().</source>
        <translation>La requête de $%1, «&#xa0;%2&#xa0;», n’est ni label_values(), ni label_names(), ni metrics(), ni query_result().</translation>
    </message>
</context>
<context>
    <name>pc::app::AlertChartWindow</name>
    <message>
        <source>Alert %1</source>
        <extracomment>%1 is an alert&apos;s name</extracomment>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <source>Query rejected: %1</source>
        <translation>Requête rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The alert&apos;s pending and firing times cannot be shown: %1</source>
        <extracomment>%1 is why the ALERTS series could not be had</extracomment>
        <translation>Impossible de montrer quand l&apos;alerte était en attente ou déclenchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: asking Prometheus for the rule…</source>
        <translation>%1&#xa0;: demande de la règle à Prometheus…</translation>
    </message>
    <message>
        <source>No Prometheus to ask for the rule.</source>
        <translation>Aucun Prometheus à qui demander la règle.</translation>
    </message>
    <message>
        <source>Cannot ask Prometheus for the rule: %1</source>
        <extracomment>%1 is why</extracomment>
        <translation>Impossible de demander la règle à Prometheus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prometheus has no alerting rule named %1 (any more).</source>
        <translation>Prometheus n&apos;a pas (ou plus) de règle d&apos;alerte nommée %1.</translation>
    </message>
    <message>
        <source>Fires when %1 for %2</source>
        <extracomment>%1 a rule&apos;s thresholds (&quot;&gt; 400 ms&quot;), %2 a duration such as 30s</extracomment>
        <translation>Se déclenche quand %1 pendant %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No data for %1</source>
        <translation>Aucune donnée pour %1</translation>
    </message>
</context>
<context>
    <name>pc::app::AlertPreviewPlot</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>pc::app::AlertRuleDialog</name>
    <message>
        <source>New alert rule</source>
        <translation>Nouvelle règle d&apos;alerte</translation>
    </message>
    <message>
        <source>Edit alert rule</source>
        <translation>Modifier la règle d&apos;alerte</translation>
    </message>
    <message>
        <source>How long the condition must hold before the alert fires: 30s, 5m, 1h30m. 0s fires at once.</source>
        <translation>Combien de temps la condition doit tenir avant que l&apos;alerte se déclenche : 30s, 5m, 1h30m. 0s la déclenche aussitôt.</translation>
    </message>
    <message>
        <source>{{ $value }} on {{ $labels.instance }}</source>
        <translation>{{ $value }} sur {{ $labels.instance }}</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpression :</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition :</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pendant :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>above</source>
        <extracomment>The alert fires when the value is above the threshold</extracomment>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>outside</source>
        <extracomment>The alert fires when the value is outside the range &quot;lower and upper&quot;</extracomment>
        <translation>hors de</translation>
    </message>
    <message>
        <source>and</source>
        <extracomment>Between the lower and the upper bound of &quot;outside&quot;</extracomment>
        <translation>et</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(sans unité)</translation>
    </message>
    <message>
        <source>Not saved: “%1” is not a duration; write 30s, 5m or 1h30m.</source>
        <translation>Non enregistrée : « %1 » n&apos;est pas une durée ; écrivez 30s, 5m ou 1h30m.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>%1 is why: a sentence, or promtool&apos;s message</extracomment>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <source>No Prometheus to preview the rule with.</source>
        <translation>Aucun Prometheus avec lequel prévisualiser la règle.</translation>
    </message>
    <message>
        <source>The duration is not one Prometheus reads.</source>
        <translation>Prometheus ne lit pas cette durée.</translation>
    </message>
    <message>
        <source>Asking Prometheus how the rule would have done…</source>
        <translation>Prometheus est interrogé sur ce que la règle aurait donné…</translation>
    </message>
    <message>
        <source>Prometheus cannot evaluate the rule: %1</source>
        <extracomment>%1 is Prometheus&apos;s error message</extracomment>
        <translation>Prometheus ne peut pas évaluer la règle : %1</translation>
    </message>
    <message numerus="yes">
        <source>Would have fired %n time(s) in the last hour.</source>
        <translation>
            <numerusform>Se serait déclenchée %n fois dans la dernière heure.</numerusform>
            <numerusform>Se serait déclenchée %n fois dans la dernière heure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::app::AlertsBox</name>
    <message>
        <source>Alerts: waiting for Prometheus</source>
        <translation>Alertes&#xa0;: en attente de Prometheus</translation>
    </message>
    <message>
        <source>Pending and firing alerts</source>
        <translation>Alertes en attente et déclenchées</translation>
    </message>
    <message>
        <source>Firing alerts first, with their summary and since when</source>
        <translation>Alertes déclenchées d&apos;abord, avec leur résumé et depuis quand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>déclenchée</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Alerts: none pending or firing</source>
        <translation>Alertes&#xa0;: aucune en attente ni déclenchée</translation>
    </message>
    <message>
        <source>Alerts: %1, %2</source>
        <extracomment>%1 is &quot;N firing&quot;, %2 &quot;N pending&quot;</extracomment>
        <translation>Alertes : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n firing</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n déclenchée</numerusform>
            <numerusform>%n déclenchées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <comment>alerts</comment>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts cannot be read: %1</source>
        <translation>Impossible de lire les alertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Double-click an alert to see its rule&apos;s chart</source>
        <translation>Double-cliquez sur une alerte pour voir le graphique de sa règle</translation>
    </message>
</context>
<context>
    <name>pc::app::ChartView</name>
    <message>
        <source>Drag across to zoom into a time range; double-click or Esc to go back to live; Left and Right pan</source>
        <translation>Glissez pour zoomer sur une période&#xa0;; double-clic ou Échap pour revenir au direct&#xa0;; flèches gauche et droite pour se déplacer</translation>
    </message>
</context>
<context>
    <name>pc::app::ChartWidget</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Legend: click a series to hide or show it, Ctrl-click to show it alone</source>
        <translation>Légende&#xa0;: cliquez sur une série pour la masquer ou l&apos;afficher, Ctrl+clic pour l&apos;afficher seule</translation>
    </message>
    <message>
        <source>One row per line: its name, last, minimum, maximum and mean value</source>
        <translation>Une ligne par courbe&#xa0;: son nom, sa dernière valeur, son minimum, son maximum et sa moyenne</translation>
    </message>
    <message>
        <source>The app&apos;s own counter, sampled every second (dashed)</source>
        <translation>Le compteur propre à l&apos;application, échantillonné chaque seconde (en pointillés)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>No series.</source>
        <translation>Aucune série.</translation>
    </message>
    <message numerus="yes">
        <source>%n series, last values: %1.</source>
        <translation>
            <numerusform>%n série, dernière valeur&#xa0;: %1.</numerusform>
            <numerusform>%n séries, dernières valeurs&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A compared line&apos;s legend: %1 the line&apos;s name, %2 &quot;1 d ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 series: narrow the query (sum by, topk or a label matcher) to see them all.</source>
        <translation>Affichage des %1 premières séries sur %2&#xa0;: affinez la requête (sum by, topk ou un sélecteur de label) pour toutes les voir.</translation>
    </message>
    <message numerus="yes">
        <source>%n series from Prometheus</source>
        <translation>
            <numerusform>%n série venant de Prometheus</numerusform>
            <numerusform>%n séries venant de Prometheus</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Impossible d&apos;écrire le graphique dans %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source> (difference %1)</source>
        <extracomment>The hover&apos;s difference between now and the past: %1 a signed value</extracomment>
        <translation> (écart %1)</translation>
    </message>
</context>
<context>
    <name>pc::app::ComparePicker</name>
    <message>
        <source>Draw the same queries as they were some time ago, dashed, under the present</source>
        <translation>Tracer les mêmes requêtes telles qu&apos;elles étaient il y a quelque temps, en pointillés, sous le présent</translation>
    </message>
    <message>
        <source>Compare with the past</source>
        <translation>Comparer avec le passé</translation>
    </message>
    <message>
        <source>Compare: off</source>
        <translation>Comparer&#xa0;: non</translation>
    </message>
    <message>
        <source>Compare: %1</source>
        <translation>Comparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compare: custom…</source>
        <translation>Comparer&#xa0;: autre…</translation>
    </message>
    <message>
        <source>How long ago, as PromQL writes a duration (2d, 90m, 1w):</source>
        <translation>Il y a combien de temps, en durée PromQL (2d, 90m, 1w)&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a duration. How long ago, as PromQL writes one (2d, 90m, 1w):</source>
        <extracomment>%1 what the user typed</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée. Il y a combien de temps, en durée PromQL (2d, 90m, 1w)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pc::app::DashboardToolbar</name>
    <message>
        <source>Time range of every panel</source>
        <translation>Période de tous les panneaux</translation>
    </message>
    <message>
        <source>How far back every panel reaches</source>
        <translation>Jusqu&apos;où remonte chaque panneau</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Fréquence d&apos;actualisation</translation>
    </message>
    <message>
        <source>How often every panel asks Prometheus again</source>
        <translation>À quelle fréquence chaque panneau interroge de nouveau Prometheus</translation>
    </message>
    <message>
        <source>Refresh 5 s</source>
        <translation>Actualisation 5 s</translation>
    </message>
    <message>
        <source>Refresh 10 s</source>
        <translation>Actualisation 10 s</translation>
    </message>
    <message>
        <source>Refresh 30 s</source>
        <translation>Actualisation 30 s</translation>
    </message>
    <message>
        <source>Refresh 1 min</source>
        <translation>Actualisation 1 min</translation>
    </message>
    <message>
        <source>Refresh %1 s</source>
        <translation>Actualisation %1 s</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>E&amp;n direct</translation>
    </message>
    <message>
        <source>Follow the present again after a zoom (double-click a chart, or Esc)</source>
        <translation>Suivre à nouveau le présent après un zoom (double-clic sur un graphique, ou Échap)</translation>
    </message>
    <message>
        <source>Open &amp;in Grafana</source>
        <translation>Ouvr&amp;ir dans Grafana</translation>
    </message>
    <message>
        <source>Open the same dashboard in Grafana, once it is there</source>
        <translation>Ouvrir le même tableau de bord dans Grafana, une fois qu&apos;il y est</translation>
    </message>
    <message>
        <source>Last %1 d</source>
        <translation>Derniers %1 j</translation>
    </message>
    <message>
        <source>Last %1 h</source>
        <translation>Dernières %1 h</translation>
    </message>
    <message>
        <source>Last %1 min</source>
        <translation>Dernières %1 min</translation>
    </message>
    <message>
        <source>Last %1 s</source>
        <translation>Dernières %1 s</translation>
    </message>
</context>
<context>
    <name>pc::app::DashboardView</name>
    <message>
        <source>The dashboard cannot be shown: %1</source>
        <translation>Le tableau de bord ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prom Companion does not draw “%1” panels.
Open the dashboard in Grafana to see this one.</source>
        <translation>Prom Companion ne dessine pas les panneaux “%1”.
Ouvrez le tableau de bord dans Grafana pour voir celui-ci.</translation>
    </message>
    <message>
        <source>The panels cannot be updated: %1</source>
        <translation>Les panneaux ne peuvent pas être mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prometheus rejected a query of “%1”: %2</source>
        <translation>Prometheus a rejeté une requête de “%1”&#xa0;: %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>No Prometheus to ask yet: the panels fill in once one answers (see Status).</source>
        <translation>Pas encore de Prometheus à interroger&#xa0;: les panneaux se remplissent dès qu&apos;il répond (voir État).</translation>
    </message>
    <message>
        <source>The variable $%1 has no options from Prometheus: %2</source>
        <translation>La variable $%1 n’a pas d’options venant de Prometheus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expand or collapse this row; a collapsed row asks Prometheus nothing</source>
        <translation>Déplier ou replier cette rangée&#xa0;; une rangée repliée n’interroge pas Prometheus</translation>
    </message>
    <message>
        <source>This panel&apos;s data source is “%1”, of type %2: Prom Companion asks Prometheus only.</source>
        <translation>La source de données de ce panneau est «&#xa0;%1&#xa0;», de type %2&#xa0;: Prom Companion n’interroge que Prometheus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a panel&apos;s title, %2 how it is drawn</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Alert on this…</source>
        <translation>&amp;Alerter sur ceci…</translation>
    </message>
    <message>
        <source>This panel shows its own time range, not the dashboard&apos;s</source>
        <translation>Ce panneau montre sa propre période, pas celle du tableau de bord</translation>
    </message>
    <message>
        <source>The annotations “%1” cannot be shown: %2</source>
        <extracomment>%1 the name of a dashboard&apos;s annotation query, %2 why it failed</extracomment>
        <translation>Les annotations «&#xa0;%1&#xa0;» ne peuvent pas être affichées&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::app::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <extracomment>The button on a desktop notification of a firing alert: opens its chart</extracomment>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>pc::app::ExploreBar</name>
    <message>
        <source>Total requests  (http_requests_total)</source>
        <translation>Total des requêtes  (http_requests_total)</translation>
    </message>
    <message>
        <source>Request rate by code</source>
        <translation>Débit de requêtes par code</translation>
    </message>
    <message>
        <source>Custom PromQL</source>
        <translation>Requête PromQL libre</translation>
    </message>
    <message>
        <source>What to chart</source>
        <translation>Données à tracer</translation>
    </message>
    <message>
        <source>The request totals, the request rate by status code, or any PromQL you type</source>
        <translation>Le total des requêtes, le débit de requêtes par code de statut, ou toute requête PromQL saisie</translation>
    </message>
    <message>
        <source>Last 1 min</source>
        <translation>Dernière minute</translation>
    </message>
    <message>
        <source>Last 5 min</source>
        <translation>Dernières 5 min</translation>
    </message>
    <message>
        <source>Last 15 min</source>
        <translation>Dernières 15 min</translation>
    </message>
    <message>
        <source>Last 1 h</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>How far back the chart reaches while it follows the present</source>
        <translation>Jusqu&apos;où remonte le graphique tant qu&apos;il suit le présent</translation>
    </message>
    <message>
        <source>Stac&amp;ked</source>
        <translation>&amp;Empilé</translation>
    </message>
    <message>
        <source>Stack the rates on top of each other, as an area chart</source>
        <translation>Empiler les débits les uns sur les autres, en graphique en aires</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>E&amp;n direct</translation>
    </message>
    <message>
        <source>Follow the present again (double-click the chart, or Esc)</source>
        <translation>Suivre à nouveau le présent (double-clic sur le graphique, ou Échap)</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Pan to earlier (Left arrow on the chart)</source>
        <translation>Reculer dans le temps (flèche gauche sur le graphique)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Pan to later (Right arrow on the chart)</source>
        <translation>Avancer dans le temps (flèche droite sur le graphique)</translation>
    </message>
    <message>
        <source>Ra&amp;nge…</source>
        <translation>Péri&amp;ode…</translation>
    </message>
    <message>
        <source>Show an absolute time range</source>
        <translation>Afficher une période absolue</translation>
    </message>
    <message>
        <source>PromQL, e.g. sum(rate(http_requests_total[1m]))</source>
        <translation>PromQL, p. ex. sum(rate(http_requests_total[1m]))</translation>
    </message>
    <message>
        <source>PromQL query</source>
        <translation>Requête PromQL</translation>
    </message>
    <message>
        <source>Any PromQL; Enter charts it. Completes metric names and earlier queries</source>
        <translation>Toute requête PromQL&#xa0;; Entrée la trace. Complète les noms de métriques et les requêtes précédentes</translation>
    </message>
    <message>
        <source>R&amp;un query</source>
        <translation>E&amp;xécuter la requête</translation>
    </message>
    <message>
        <source>Chart the PromQL typed here</source>
        <translation>Tracer la requête PromQL saisie ici</translation>
    </message>
    <message>
        <source>Open in &amp;Prometheus</source>
        <translation>Ouvrir dans &amp;Prometheus</translation>
    </message>
    <message>
        <source>Open this query on Prometheus&apos;s graph page, over the same range</source>
        <translation>Ouvrir cette requête dans la page graphique de Prometheus, sur la même période</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>The end of a time range must come after its start.</source>
        <translation>La fin d&apos;une période doit être postérieure à son début.</translation>
    </message>
</context>
<context>
    <name>pc::app::HeatmapPanel</name>
    <message>
        <source>%1 buckets over %2 steps</source>
        <translation>%1 intervalles sur %2 pas</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>(%1, %2]</source>
        <translation>]%1, %2]</translation>
    </message>
    <message>
        <source>%1
Bucket %2
Count %3</source>
        <extracomment>%1 is a time, %2 a bucket such as (0.1, 0.25], %3 a count</extracomment>
        <translation>%1
Intervalle %2
Nombre %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>pc::app::LatencyView</name>
    <message>
        <source>Client and server latency</source>
        <translation>Latence du client et du serveur</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>latence</translation>
    </message>
    <message>
        <source>Generate requests: the client&apos;s latency of each second shows here, beside the server&apos;s</source>
        <translation>Générez des requêtes&#xa0;: la latence du client, seconde par seconde, s&apos;affiche ici à côté de celle du serveur</translation>
    </message>
    <message>
        <source>Client: p50 and p99 of the answers of each second, measured from when each request was due. Server: histogram_quantile of http_request_duration_seconds over 1 min, from Prometheus.</source>
        <translation>Client&#xa0;: p50 et p99 des réponses de chaque seconde, depuis l&apos;heure prévue de chaque requête. Serveur&#xa0;: histogram_quantile de http_request_duration_seconds sur 1 min, d&apos;après Prometheus.</translation>
    </message>
    <message>
        <source>server p50</source>
        <translation>serveur p50</translation>
    </message>
    <message>
        <source>server p99</source>
        <translation>serveur p99</translation>
    </message>
    <message>
        <source>client p50</source>
        <translation>client p50</translation>
    </message>
    <message>
        <source>client p99</source>
        <translation>client p99</translation>
    </message>
</context>
<context>
    <name>pc::app::LegendModel</name>
    <message>
        <source>shown</source>
        <translation>affichée</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Last *</source>
        <translation>Dernière *</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>First *</source>
        <translation>Première *</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
</context>
<context>
    <name>pc::app::LiveChartView</name>
    <message>
        <source>Query rejected: %1</source>
        <translation>Requête rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>request rate</source>
        <translation>débit de requêtes</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>No data for %1
between %2 and %3</source>
        <translation>Aucune donnée pour %1
entre %2 et %3</translation>
    </message>
    <message>
        <source>this app, local counter</source>
        <extracomment>The legend of the chart&apos;s line from the app&apos;s own counter</extracomment>
        <translation>cette application, compteur local</translation>
    </message>
    <message>
        <source>this app, local rate [1m]</source>
        <extracomment>The legend of the chart&apos;s line from the app&apos;s own counter; [1m] is PromQL&apos;s range</extracomment>
        <translation>cette application, débit local [1m]</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>No browser could be opened; the query&apos;s page is %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert&#xa0;; la page de la requête est %1</translation>
    </message>
    <message>
        <source>No requests yet: %1
appears in Prometheus with the first request (Send 1 request).</source>
        <translation>Pas encore de requête&#xa0;: %1
apparaît dans Prometheus avec la première requête (Envoyer 1 requête).</translation>
    </message>
    <message>
        <source>&amp;Alert on this…</source>
        <translation>&amp;Alerter sur ceci…</translation>
    </message>
</context>
<context>
    <name>pc::app::LoadBox</name>
    <message>
        <source>Generate requests</source>
        <translation>Générer des requêtes</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routes</translation>
    </message>
    <message>
        <source>Which routes of the demo service the requests go to</source>
        <translation>Vers quelles routes du service de démo vont les requêtes</translation>
    </message>
    <message>
        <source>Hello only  (GET /)</source>
        <translation>Hello seul  (GET /)</translation>
    </message>
    <message>
        <source>Mixed  (80% /, 10% /slow, 10% /error)</source>
        <translation>Mixte  (80% /, 10% /slow, 10% /error)</translation>
    </message>
    <message>
        <source>Slow only  (GET /slow)</source>
        <translation>Lentes seules  (GET /slow)</translation>
    </message>
    <message>
        <source>Errors only  (GET /error)</source>
        <translation>Erreurs seules  (GET /error)</translation>
    </message>
    <message>
        <source>Send &amp;1 request</source>
        <translation>Envoyer &amp;1 requête</translation>
    </message>
    <message>
        <source>Send one request to the demo service</source>
        <translation>Envoyer une requête au service de démo</translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation>Taille de la rafale</translation>
    </message>
    <message>
        <source>How many requests Send burst sends</source>
        <translation>Nombre de requêtes envoyées par une rafale</translation>
    </message>
    <message>
        <source>Send &amp;burst</source>
        <translation>Envoyer une &amp;rafale</translation>
    </message>
    <message>
        <source>Send that many requests as fast as the service answers them</source>
        <translation>Envoyer autant de requêtes, aussi vite que le service y répond</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>How long the rate runs; until stopped at 0</source>
        <translation>Combien de temps dure le débit&#xa0;; à 0, jusqu&apos;à l&apos;arrêt</translation>
    </message>
    <message>
        <source>Start &amp;rate</source>
        <translation>&amp;Lancer le débit</translation>
    </message>
    <message>
        <source>Send requests at a steady rate</source>
        <translation>Envoyer des requêtes à débit constant</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop the burst or the rate now</source>
        <translation>Arrêter maintenant la rafale ou le débit</translation>
    </message>
    <message>
        <source>Routes:</source>
        <translation>Routes&#xa0;:</translation>
    </message>
    <message>
        <source>Burst of</source>
        <translation>Rafale de</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Envoyées&#xa0;:</translation>
    </message>
    <message>
        <source>Succeeded:</source>
        <translation>Réussies&#xa0;:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Échouées&#xa0;:</translation>
    </message>
    <message>
        <source>Achieved rate:</source>
        <translation>Débit atteint&#xa0;:</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Progression&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (last run)</source>
        <translation>%1 (dernière exécution)</translation>
    </message>
    <message>
        <source>%1 of %2 sent%3</source>
        <translation>%1 envoyées sur %2%3</translation>
    </message>
    <message>
        <source>, done</source>
        <translation>, terminé</translation>
    </message>
    <message>
        <source>%1 sent in this run</source>
        <translation>%1 envoyées dans cette exécution</translation>
    </message>
    <message>
        <source>%1 sent, run ended</source>
        <translation>%1 envoyées, exécution terminée</translation>
    </message>
    <message>
        <source>1 request sent</source>
        <translation>1 requête envoyée</translation>
    </message>
    <message>
        <source>sending 1 request</source>
        <translation>envoi d&apos;une requête</translation>
    </message>
    <message>
        <source>Last connection error: %1</source>
        <translation>Dernière erreur de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requests per second that Start rate sends, at most %1</source>
        <translation>Requêtes par seconde qu&apos;envoie Lancer le débit, au plus %1</translation>
    </message>
    <message>
        <source>Targ&amp;et…</source>
        <translation>De&amp;stination…</translation>
    </message>
    <message>
        <source>Send the requests to another URL, with a method, headers and a body of your choice</source>
        <translation>Envoyer les requêtes à une autre URL, avec la méthode, les en-têtes et le corps de votre choix</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cible&#xa0;:</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigée</translation>
    </message>
    <message>
        <source>as measured</source>
        <translation>telle que mesurée</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1 latency, %2</source>
        <translation>latence %1, %2</translation>
    </message>
    <message>
        <source>the demo service</source>
        <translation>le service de démonstration</translation>
    </message>
    <message>
        <source>Could not keep up: %1 of the asked %2</source>
        <translation>Rythme non tenu&#xa0;: %1 sur les %2 demandées</translation>
    </message>
    <message>
        <source>Client-side latency of the current or last run. Corrected: from the time each request was due in a rate run, so a stall of the service shows as latency (as wrk2 measures); in a finished burst, as wrk corrects a closed loop, for the mean interval each connection kept. As measured: from the time it was written.</source>
        <translation>Latence vue du client pour la série en cours ou la dernière. Corrigée&#xa0;: depuis l&apos;heure à laquelle chaque requête était prévue dans une série à débit fixe, pour qu&apos;un blocage du service se voie comme de la latence (comme le mesure wrk2)&#xa0;; dans une rafale terminée, comme wrk corrige une boucle fermée, pour l&apos;intervalle moyen tenu par chaque connexion. Telle que mesurée&#xa0;: depuis l&apos;heure de son envoi.</translation>
    </message>
</context>
<context>
    <name>pc::app::LoadTargetDialog</name>
    <message>
        <source>Load target</source>
        <translation>Cible de la charge</translation>
    </message>
    <message>
        <source>empty: the demo service</source>
        <translation>vide&#xa0;: le service de démonstration</translation>
    </message>
    <message>
        <source>One &apos;Name: value&apos; a line</source>
        <translation>Un «&#xa0;Nom&#xa0;: valeur&#xa0;» par ligne</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>C&amp;orps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>Co&amp;nnexions&#xa0;:</translation>
    </message>
    <message>
        <source>Plain http only. At most %1 requests a second and %2 connections. Requests to another URL are not counted in the demo service&apos;s metrics.</source>
        <translation>En http simple seulement. Au plus %1 requêtes par seconde et %2 connexions. Les requêtes vers une autre URL ne sont pas comptées dans les métriques du service de démonstration.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a &apos;Name: value&apos; header.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un en-tête «&#xa0;Nom&#xa0;: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL.</translation>
    </message>
</context>
<context>
    <name>pc::app::MainWindow</name>
    <message>
        <source>Prom Companion</source>
        <translation>Prom Companion</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>Service de démo sur %1</translation>
    </message>
    <message>
        <source>Switch between the live chart and the Grafana dashboard</source>
        <translation>Basculer entre le graphique en direct et le tableau de bord Grafana</translation>
    </message>
    <message>
        <source>Live &amp;chart</source>
        <translation>Grap&amp;hique en direct</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tableau de &amp;bord</translation>
    </message>
    <message>
        <source>What Prometheus answers for a query, beside the app&apos;s own counter</source>
        <translation>Ce que Prometheus répond à une requête, à côté du compteur propre à l&apos;application</translation>
    </message>
    <message>
        <source>The shipped Grafana dashboard, drawn in this window</source>
        <translation>Le tableau de bord Grafana fourni, dessiné dans cette fenêtre</translation>
    </message>
    <message>
        <source>Open &amp;Grafana dashboard</source>
        <translation>Ouvrir le tableau de bord &amp;Grafana</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Exporter le graphique en P&amp;NG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export visible series as &amp;CSV…</source>
        <translation>Exporter les séries visibles en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Live c&amp;hart</source>
        <translation>Grap&amp;hique en direct</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <translation>Retour au &amp;direct</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Pan &amp;earlier</source>
        <translation>Plus &amp;tôt</translation>
    </message>
    <message>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <source>Pan la&amp;ter</source>
        <translation>Plus t&amp;ard</translation>
    </message>
    <message>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <source>Time &amp;range…</source>
        <translation>&amp;Période…</translation>
    </message>
    <message>
        <source>Open query in &amp;Prometheus</source>
        <translation>&amp;Ouvrir la requête dans Prometheus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Prom Companion</source>
        <translation>À &amp;propos de Prom Companion</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Settings saved; they apply the next time Prom Companion starts.</source>
        <translation>Paramètres enregistrés&#xa0;; ils s&apos;appliqueront au prochain démarrage de Prom Companion.</translation>
    </message>
    <message>
        <source>Export visible series</source>
        <translation>Exporter les séries visibles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Prom Companion</source>
        <translation>À propos de Prom Companion</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Prom Companion %1&lt;/h3&gt;&lt;p&gt;The classic Prometheus tutorial as one desktop program: a demo HTTP service with its /metrics, a load generator, and a live chart of what Prometheus scrapes.&lt;/p&gt;&lt;p&gt;Serving %2, metrics at %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Prom Companion %1&lt;/h3&gt;&lt;p&gt;Le tutoriel Prometheus classique en un seul programme de bureau&#xa0;: un service HTTP de démo avec son /metrics, un générateur de charge et un graphique en direct de ce que Prometheus collecte.&lt;/p&gt;&lt;p&gt;Service de démo sur %2, métriques sur %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The Grafana URL &apos;%1&apos; is not an http or https address; set it with --grafana-url.</source>
        <translation>L&apos;URL de Grafana &apos;%1&apos; n&apos;est pas une adresse http ou https&#xa0;; définissez-la avec --grafana-url.</translation>
    </message>
    <message>
        <source>Checking Grafana…</source>
        <translation>Vérification de Grafana…</translation>
    </message>
    <message>
        <source>Asking %1 whether Grafana runs there…</source>
        <translation>Recherche de Grafana sur %1…</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy the dashboard address:</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Copiez l&apos;adresse du tableau de bord&#xa0;:</translation>
    </message>
    <message>
        <source>Dashboard not provisioned</source>
        <translation>Tableau de bord non provisionné</translation>
    </message>
    <message>
        <source>Grafana is not running</source>
        <translation>Grafana ne tourne pas</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Grafana runs at %2, but the Prom Companion dashboard is not provisioned there. These commands provision it (as root):&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Grafana tourne sur %2, mais le tableau de bord de Prom Companion n&apos;y est pas provisionné. Ces commandes le provisionnent (en root)&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Grafana has no Debian package. Once Grafana is installed (from grafana.com, or its Docker image), these commands provision the data source and the dashboard:&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Grafana n&apos;a pas de paquet Debian. Une fois Grafana installé (depuis grafana.com, ou via son image Docker), ces commandes provisionnent la source de données et le tableau de bord&#xa0;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Provisioning commands</source>
        <translation>Commandes de provisionnement</translation>
    </message>
    <message>
        <source>Meanwhile, the Dashboard view shows the same panels in this window.</source>
        <translation>En attendant, la vue Tableau de bord affiche les mêmes panneaux dans cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Copy commands</source>
        <translation>&amp;Copier les commandes</translation>
    </message>
    <message>
        <source>Show the &amp;Dashboard view</source>
        <translation>Afficher la vue &amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Alert firing: %1</source>
        <translation>Alerte déclenchée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alerte résolue&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Open dashboard…</source>
        <translation>&amp;Ouvrir un tableau de bord…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>D&amp;ashboard</source>
        <translation>Tablea&amp;u de bord</translation>
    </message>
    <message>
        <source>&amp;What was drawn…</source>
        <translation>&amp;Ce qui a été dessiné…</translation>
    </message>
    <message>
        <source>Opened the dashboard “%1”</source>
        <translation>Tableau de bord «&#xa0;%1&#xa0;» ouvert</translation>
    </message>
    <message>
        <source>What was drawn</source>
        <translation>Ce qui a été dessiné</translation>
    </message>
    <message>
        <source>Every panel of “%1” is drawn as Grafana draws it.</source>
        <translation>Chaque panneau de «&#xa0;%1&#xa0;» est dessiné comme Grafana le dessine.</translation>
    </message>
    <message numerus="yes">
        <source>%n panel(s) of “%1” are not drawn as Grafana draws them:</source>
        <translation>
            <numerusform>%n panneau de «&#xa0;%1&#xa0;» n’est pas dessiné comme Grafana le dessine&#xa0;:</numerusform>
            <numerusform>%n panneaux de «&#xa0;%1&#xa0;» ne sont pas dessinés comme Grafana les dessine&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a Grafana dashboard</source>
        <translation>Ouvrir un tableau de bord Grafana</translation>
    </message>
    <message>
        <source>Grafana dashboards (*.json);;All files (*)</source>
        <translation>Tableaux de bord Grafana (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The shipped dashboard</source>
        <translation>Le tableau de bord fourni</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>Effacer l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>Delete every sample the Prometheus started by Prom Companion keeps, and start it again</source>
        <translation>Supprimer tous les échantillons que garde le Prometheus lancé par Prom Companion, puis le relancer</translation>
    </message>
    <message>
        <source>Only the Prometheus started by Prom Companion keeps a history this app may clear; the one in use is another.</source>
        <translation>Seul le Prometheus lancé par Prom Companion garde un historique que l&apos;application peut effacer&#xa0;; celui utilisé est un autre.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Delete the whole history of the Prometheus started by Prom Companion, %1 in %2? It stops, its store is emptied, and it starts again. This cannot be undone.</source>
        <translation>Supprimer tout l&apos;historique du Prometheus lancé par Prom Companion, %1 dans %2&#xa0;? Il s&apos;arrête, son stockage est vidé, puis il redémarre. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Clear history</source>
        <translation>&amp;Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>The refused store was moved to %1.</source>
        <translation>Le stockage refusé a été déplacé vers %1.</translation>
    </message>
    <message>
        <source>Client latenc&amp;y</source>
        <translation>Latence client (&amp;y)</translation>
    </message>
    <message>
        <source>The load generator&apos;s latency of each second beside the server&apos;s histogram_quantile</source>
        <translation>La latence du générateur de charge, seconde par seconde, à côté du histogram_quantile du serveur</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Nouvelle règle…</translation>
    </message>
    <message>
        <source>&amp;Rules…</source>
        <translation>&amp;Règles…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <extracomment>A menu title: keep it without an &amp;, whose letters are all taken by other controls</extracomment>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>Show the app&apos;s and the dashboard&apos;s annotations on every chart</source>
        <translation>Afficher les annotations de l&apos;application et du tableau de bord sur chaque graphique</translation>
    </message>
</context>
<context>
    <name>pc::app::RulesView</name>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Nouvelle règle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete this rule? Its files in %1 are removed.</source>
        <translation>Supprimer cette règle ? Ses fichiers dans %1 sont effacés.</translation>
    </message>
    <message>
        <source>E&amp;xport rule file…</source>
        <translation>E&amp;xporter le fichier de règle…</translation>
    </message>
    <message>
        <source>Write the rule to a file for a Prometheus the app does not manage, with the lines to add to its prometheus.yml</source>
        <translation>Écrire la règle dans un fichier pour un Prometheus que l&apos;application ne gère pas, avec les lignes à ajouter à son prometheus.yml</translation>
    </message>
    <message>
        <source>Export with a &amp;test…</source>
        <translation>Exporter avec un &amp;test…</translation>
    </message>
    <message>
        <source>Write the rule with a promtool unit test made of what Prometheus recorded and evaluated, and run it</source>
        <translation>Écrire la règle avec un test unitaire promtool fait de ce que Prometheus a enregistré et évalué, et le lancer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>There is no such rule.</source>
        <translation>Cette règle n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Rules in %1 changed: Prometheus is reloading them.</source>
        <translation>Les règles de %1 ont changé : Prometheus les recharge.</translation>
    </message>
    <message>
        <source>Rule “%1” saved in %2: Prometheus is reloading its rules; Alerts → Rules shows its state once it is loaded.</source>
        <translation>Règle « %1 » enregistrée dans %2 : Prometheus recharge ses règles ; Alertes → Règles montre son état une fois chargée.</translation>
    </message>
    <message>
        <source>Saved in %1, but the Prometheus in use is not the app&apos;s own, so the change is not loaded there: use Alerts → Export rule file… to add it to that server.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Enregistrée dans %1, mais le Prometheus utilisé n&apos;est pas celui de l&apos;application : le changement n&apos;y est pas chargé. Utilisez Alertes → Exporter le fichier de règle… pour l&apos;ajouter à ce serveur.</translation>
    </message>
    <message>
        <source>Your rules live in %1; the app&apos;s own Prometheus loads them.</source>
        <translation>Vos règles sont dans %1 ; le Prometheus de l&apos;application les charge.</translation>
    </message>
    <message>
        <source>Your rules live in %1. The Prometheus in use is not the app&apos;s own: it lists only what its own configuration loads.</source>
        <translation>Vos règles sont dans %1. Le Prometheus utilisé n&apos;est pas celui de l&apos;application : il ne liste que ce que charge sa propre configuration.</translation>
    </message>
    <message>
        <source>Cannot ask Prometheus for its rules: %1</source>
        <extracomment>%1 is why the rules cannot be had</extracomment>
        <translation>Impossible de demander ses règles à Prometheus : %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>pas encore chargée</translation>
    </message>
    <message>
        <source>not loaded here</source>
        <translation>non chargée ici</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1 is a PromQL condition, %2 a duration such as 5m</extracomment>
        <translation>%1 pendant %2</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la vôtre</translation>
    </message>
    <message>
        <source>shipped, read-only</source>
        <translation>livrée, lecture seule</translation>
    </message>
    <message>
        <source>%1, read-only</source>
        <translation>%1, lecture seule</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Export rule file</source>
        <translation>Exporter le fichier de règle</translation>
    </message>
    <message>
        <source>Prometheus rule files (*.yml *.yaml)</source>
        <translation>Fichiers de règles Prometheus (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exportée : %1</translation>
    </message>
    <message>
        <source>Written to %1. To load it in another Prometheus, add these lines to its prometheus.yml (beside any rule_files already there), then reload it: send it SIGHUP, or POST /-/reload when it runs with --web.enable-lifecycle. Prom Companion does not load it there and cannot tell whether that server has.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Écrit dans %1. Pour la charger dans un autre Prometheus, ajoutez ces lignes à son prometheus.yml (à côté des rule_files déjà présents), puis rechargez-le : envoyez-lui SIGHUP, ou POST /-/reload s&apos;il tourne avec --web.enable-lifecycle. Prom Companion ne l&apos;y charge pas et ne peut pas savoir si ce serveur l&apos;a fait.</translation>
    </message>
    <message>
        <source>The last 15 minutes</source>
        <translation>Les 15 dernières minutes</translation>
    </message>
    <message>
        <source>The last hour</source>
        <translation>La dernière heure</translation>
    </message>
    <message>
        <source>The last 6 hours</source>
        <translation>Les 6 dernières heures</translation>
    </message>
    <message>
        <source>Export with a test</source>
        <translation>Exporter avec un test</translation>
    </message>
    <message>
        <source>Record the samples and the alerts of which window into the test?</source>
        <translation>Enregistrer dans le test les échantillons et les alertes de quelle fenêtre ?</translation>
    </message>
    <message>
        <source>Folder for the rule and its test</source>
        <translation>Dossier de la règle et de son test</translation>
    </message>
    <message>
        <source>Recording the rule&apos;s samples and alerts for its test…</source>
        <translation>Enregistrement des échantillons et des alertes de la règle pour son test…</translation>
    </message>
    <message>
        <source>No test was written: %1</source>
        <translation>Aucun test n&apos;a été écrit : %1</translation>
    </message>
    <message numerus="yes">
        <source>The test %1 passes promtool test rules. It checks the alerts at %n time(s).</source>
        <extracomment>%1 is a file path, %2 a number of checks</extracomment>
        <translation>
            <numerusform>Le test %1 passe promtool test rules. Il vérifie les alertes à %n instant.</numerusform>
            <numerusform>Le test %1 passe promtool test rules. Il vérifie les alertes à %n instants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The test %1 was written, but promtool test rules fails on it: see the details. It checks the alerts at %n time(s).</source>
        <translation>
            <numerusform>Le test %1 a été écrit, mais promtool test rules échoue dessus : voir les détails. Il vérifie les alertes à %n instant.</numerusform>
            <numerusform>Le test %1 a été écrit, mais promtool test rules échoue dessus : voir les détails. Il vérifie les alertes à %n instants.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show chart…</source>
        <translation>Afficher le &amp;graphique…</translation>
    </message>
    <message>
        <source>The rule&apos;s expression over the last hour, with its threshold and the times its alert was pending or firing</source>
        <translation>L&apos;expression de la règle sur la dernière heure, avec son seuil et les moments où son alerte était en attente ou déclenchée</translation>
    </message>
</context>
<context>
    <name>pc::app::RunCompareDialog</name>
    <message>
        <source>%1 (routes: %2)</source>
        <translation>%1 (routes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Achieved rate</source>
        <translation>Débit atteint</translation>
    </message>
    <message>
        <source>%1 as measured</source>
        <translation>%1 telle que mesurée</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Compare runs</source>
        <translation>Comparer des séries</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Première série</translation>
    </message>
    <message>
        <source>Second run</source>
        <translation>Seconde série</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>pc::app::RunHistoryBox</name>
    <message>
        <source>Runs</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Past load runs</source>
        <translation>Séries de charge passées</translation>
    </message>
    <message>
        <source>The last %1 runs, kept across restarts. Select two to compare them.</source>
        <translation>Les %1 dernières séries, conservées d&apos;un lancement à l&apos;autre. Sélectionnez-en deux pour les comparer.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Show the two selected runs side by side</source>
        <translation>Afficher côte à côte les deux séries sélectionnées</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Sau&amp;vegarder…</translation>
    </message>
    <message>
        <source>Save the selected runs, or all of them, as CSV or JSON</source>
        <translation>Enregistrer les séries sélectionnées, ou toutes, en CSV ou en JSON</translation>
    </message>
    <message>
        <source>Cannot export the runs to %1: %2</source>
        <translation>Impossible d&apos;exporter les séries dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>Exporter les séries</translation>
    </message>
</context>
<context>
    <name>pc::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>a file holding the password; never the password</source>
        <translation>un fichier contenant le mot de passe&#xa0;; jamais le mot de passe lui-même</translation>
    </message>
    <message>
        <source>a file holding the bearer token</source>
        <translation>un fichier contenant le jeton bearer</translation>
    </message>
    <message>
        <source>X-Scope-OrgID: tenant-1  (one header a line)</source>
        <translation>X-Scope-OrgID: tenant-1  (un en-tête par ligne)</translation>
    </message>
    <message>
        <source>&amp;Prometheus URL:</source>
        <translation>URL de &amp;Prometheus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word file:</source>
        <translation>Fichier du &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>Fichier du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;headers:</source>
        <translation>&amp;En-têtes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grafana URL:</source>
        <translation>URL de &amp;Grafana&#xa0;:</translation>
    </message>
    <message>
        <source>Saved settings apply the next time Prom Companion starts. Options given on the command line override them for that run only. Secrets are never saved: only the paths of their files.</source>
        <translation>Les paramètres enregistrés s&apos;appliquent au prochain démarrage de Prom Companion. Les options données en ligne de commande les remplacent pour cette exécution seulement. Les secrets ne sont jamais enregistrés&#xa0;: seulement les chemins de leurs fichiers.</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Prometheus URL</source>
        <translation>URL de Prometheus</translation>
    </message>
    <message>
        <source>Grafana URL</source>
        <translation>URL de Grafana</translation>
    </message>
    <message>
        <source>Extra headers: &apos;%1&apos; is not a &apos;Name: value&apos; header.</source>
        <translation>En-têtes supplémentaires&#xa0;: &apos;%1&apos; n&apos;est pas un en-tête &apos;Nom: valeur&apos;.</translation>
    </message>
    <message>
        <source>How long the Prometheus started by Prom Companion keeps its samples: 15d, 36h, 2w</source>
        <translation>Combien de temps le Prometheus lancé par Prom Companion garde ses échantillons&#xa0;: 15d, 36h, 2w</translation>
    </message>
    <message>
        <source>The most disk its samples may take; the oldest go first: 1GiB, 512MiB</source>
        <translation>L&apos;espace disque maximal de ses échantillons&#xa0;; les plus anciens partent en premier&#xa0;: 1GiB, 512MiB</translation>
    </message>
    <message>
        <source>Keep history &amp;for:</source>
        <translation>Garder l&apos;&amp;historique pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Keep at &amp;most:</source>
        <translation>Taille ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>Keep history for: &apos;%1&apos; is not a duration from 1h to 100y, such as 15d or 36h.</source>
        <translation>Garder l&apos;historique pendant&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une durée de 1h à 100y, comme 15d ou 36h.</translation>
    </message>
    <message>
        <source>Keep at most: &apos;%1&apos; is not a size of at least 16MiB, such as 1GiB or 512MiB.</source>
        <translation>Taille maximale&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une taille d&apos;au moins 16MiB, comme 1GiB ou 512MiB.</translation>
    </message>
</context>
<context>
    <name>pc::app::StatPanel</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pc::app::StatusBox</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Where the demo service and its metrics are served</source>
        <translation>Où sont servis le service de démo et ses métriques</translation>
    </message>
    <message>
        <source>Which Prometheus the app asks, and why</source>
        <translation>Quel Prometheus l&apos;application interroge, et pourquoi</translation>
    </message>
    <message>
        <source>Whether Prometheus answers</source>
        <translation>Si Prometheus répond</translation>
    </message>
    <message>
        <source>The Prometheus target that scrapes this app</source>
        <translation>La cible Prometheus qui collecte cette application</translation>
    </message>
    <message>
        <source>waiting for Prometheus…</source>
        <translation>en attente de Prometheus…</translation>
    </message>
    <message>
        <source>Why an address is shown to copy</source>
        <translation>Pourquoi une adresse est proposée à la copie</translation>
    </message>
    <message>
        <source>Address to copy</source>
        <translation>Adresse à copier</translation>
    </message>
    <message>
        <source>Select it and copy it into a browser</source>
        <translation>Sélectionnez-la et copiez-la dans un navigateur</translation>
    </message>
    <message>
        <source>Start a Prometheus for this &amp;app</source>
        <translation>Lancer &amp;un Prometheus pour cette app</translation>
    </message>
    <message>
        <source>The Prometheus in use does not scrape this app: start one of its own, on a free port, that does</source>
        <translation>Le Prometheus utilisé ne collecte pas cette application&#xa0;: en lancer un dédié, sur un port libre, qui la collecte</translation>
    </message>
    <message>
        <source>Serving:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus&#xa0;:</translation>
    </message>
    <message>
        <source>Scrape target:</source>
        <translation>Cible de collecte&#xa0;:</translation>
    </message>
    <message>
        <source>demo service %1  ·  metrics %2</source>
        <translation>service de démo %1  ·  métriques %2</translation>
    </message>
    <message>
        <source>Prometheus answers again.</source>
        <translation>Prometheus répond de nouveau.</translation>
    </message>
    <message>
        <source>answering</source>
        <translation>répond</translation>
    </message>
    <message>
        <source>Prometheus lost: %1</source>
        <translation>Prometheus perdu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Nouvel essai dans %n s</numerusform>
            <numerusform>Nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now</source>
        <translation>Nouvel essai en cours</translation>
    </message>
    <message>
        <source>%1%2 %3; the local line keeps going.</source>
        <translation>%1%2 %3&#xa0;; la courbe locale continue.</translation>
    </message>
    <message>
        <source>unknown while Prometheus is not answering</source>
        <translation>inconnue tant que Prometheus ne répond pas</translation>
    </message>
    <message>
        <source> (last seen %1, %2)</source>
        <translation> (dernier état connu&#xa0;: %1, %2)</translation>
    </message>
    <message>
        <source>unknown: this server lists no scrape targets (it may be fed by remote write or an agent).</source>
        <translation>inconnue&#xa0;: ce serveur ne liste aucune cible de collecte (il est peut-être alimenté par remote write ou par un agent).</translation>
    </message>
    <message>
        <source>Prometheus lists no targets yet (it loads them a few seconds after it starts).</source>
        <translation>Prometheus ne liste encore aucune cible (il les charge quelques secondes après son démarrage).</translation>
    </message>
    <message>
        <source>Prometheus has no target scraping this app&apos;s metrics address; add it to prometheus.yml (job my_app).</source>
        <translation>Prometheus n&apos;a aucune cible qui collecte l&apos;adresse des métriques de cette application&#xa0;; ajoutez-la à prometheus.yml (job my_app).</translation>
    </message>
    <message>
        <source>%1 (job %2), last scrape %3</source>
        <translation>%1 (job %2), dernière collecte %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Move the store aside</source>
        <translation>&amp;Mettre le stockage de côté</translation>
    </message>
    <message>
        <source>Rename the store Prometheus refused (nothing is deleted) and start it again with an empty one</source>
        <translation>Renommer le stockage que Prometheus a refusé (rien n&apos;est supprimé) et le relancer avec un stockage vide</translation>
    </message>
</context>
<context>
    <name>pc::app::TablePanel</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Table shown</source>
        <translation>Tableau affiché</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tableau %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pc::app::VariableBar</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
</TS>
