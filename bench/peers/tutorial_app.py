# The tutorial's app (shared/seeds/tutorial.md, "Étape 1"), copied as it is but for where it
# listens, so bench/run can pick free loopback ports: TUTORIAL_APP_PORT (default 5000),
# TUTORIAL_METRICS_PORT (default 8000) and TUTORIAL_METRICS_ADDR (default "0.0.0.0", as
# start_http_server's own default). Run with Debian's /usr/bin/python3 (python3-flask,
# python3-prometheus-client).
import os

from prometheus_client import start_http_server, Counter
from flask import Flask, request

app = Flask(__name__)
REQUEST_COUNT = Counter('http_requests_total', 'Number of HTTP requests')

@app.route('/')
def index():
    REQUEST_COUNT.inc()  # Incrémente à chaque requête
    return "Hello, world!"

if __name__ == '__main__':
    start_http_server(int(os.environ.get('TUTORIAL_METRICS_PORT', '8000')),  # Expose les métriques sur localhost:8000/metrics
                      addr=os.environ.get('TUTORIAL_METRICS_ADDR', '0.0.0.0'))
    app.run(port=int(os.environ.get('TUTORIAL_APP_PORT', '5000')))
