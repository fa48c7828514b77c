#!/usr/bin/env python3
"""Writes a realistic access log: Combined Log Format lines with real
user-agent strings, varied paths and referers, about 200 bytes a line.

usage: bench/realistic_log.py MEGABYTES > access.log

The same arguments write the same bytes: the only randomness is
random.Random(seed).random(), whose sequence Python keeps across versions.
"""
import sys
import random

# Real user agents, as browsers, crawlers and tools send them; the common
# ones are listed more than once, so they come more often.
AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.69 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36",
    "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
    "DuckDuckBot/1.1; (+http://duckduckgo.com/duckduckbot.html)",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
    "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "curl/8.5.0",
    "curl/7.88.1",
    "Wget/1.21.3",
    "python-requests/2.32.3",
    "Go-http-client/1.1",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "Apache-HttpClient/4.5.14 (Java/17.0.9)",
    "PostmanRuntime/7.42.0",
    "kube-probe/1.31",
    "Prometheus/2.53.0",
    "-",
]

REFERERS = [
    "-", "-", "-", "-",
    "https://www.google.com/",
    "https://www.google.com/",
    "https://www.bing.com/",
    "https://duckduckgo.com/",
    "https://t.co/",
    "https://news.ycombinator.com/",
    "https://www.example.org/",
    "https://www.example.org/blog/",
    "https://www.example.org/docs/getting-started",
    "https://www.example.org/search?q=status+codes&page=2",
]

SECTIONS = ["blog", "docs", "products", "news", "help", "api/v1/users", "api/v1/orders",
            "static/js", "static/css", "images", "downloads", "account"]
SLUGS = ["getting-started", "release-notes", "pricing", "why-we-moved-to-http3",
         "status-codes-explained", "caching-and-etags", "rate-limits", "faq",
         "install-on-debian", "migrating-from-v1", "team", "contact"]
FIXED = ["/", "/", "/index.html", "/favicon.ico", "/robots.txt", "/sitemap.xml",
         "/wp-login.php", "/.env", "/health", "/metrics", "/feed.xml", "/apple-touch-icon.png"]
METHODS = ["GET"] * 12 + ["POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS"]
PROTOCOLS = ["HTTP/1.1", "HTTP/1.1", "HTTP/2.0", "HTTP/1.0"]
# Weighted like a busy site's log; 499 is nginx's, not a registered code.
CODES = [200] * 24 + [304] * 4 + [301, 302, 302, 206, 204, 201, 404, 404, 404, 403,
                                  401, 400, 429, 500, 502, 503, 504, 499]


def main():
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 120
    limit = int(megabytes * 1000 * 1000)
    rng = random.Random(14)
    r = rng.random

    def pick(items):
        return items[int(r() * len(items))]

    out = sys.stdout.buffer
    written = 0
    second = 0
    lines = []
    while written < limit:
        second += int(r() * 3)
        ip = "%d.%d.%d.%d" % (int(r() * 223) + 1, int(r() * 256), int(r() * 256), int(r() * 254) + 1)
        stamp = "%02d/Nov/2026:%02d:%02d:%02d +0000" % (
            1 + second // 86400 % 30, second // 3600 % 24, second // 60 % 60, second % 60)
        user = "alice" if r() < 0.02 else "-"
        kind = r()
        if kind < 0.25:
            path = pick(FIXED)
        elif kind < 0.55:
            path = "/%s/%s" % (pick(SECTIONS), pick(SLUGS))
        elif kind < 0.8:
            path = "/static/%s/%s.%08x.%s" % (pick(["js", "css", "img"]), pick(SLUGS),
                                              int(r() * 0xFFFFFFFF), pick(["js", "css", "png", "webp"]))
        else:
            path = "/%s/%d?page=%d&sort=%s" % (pick(SECTIONS), int(r() * 100000),
                                               int(r() * 20), pick(["new", "top", "price"]))
        code = pick(CODES)
        size = 0 if code in (204, 304) else int(r() * r() * 60000)
        if r() < 0.003:  # a connection closed before any request
            request, code, size = "-", 408, 0
        else:
            request = "%s %s %s" % (pick(METHODS), path, pick(PROTOCOLS))
        line = '%s - %s [%s] "%s" %d %d "%s" "%s"\n' % (
            ip, user, stamp, request, code, size, pick(REFERERS), pick(AGENTS))
        data = line.encode()
        lines.append(data)
        written += len(data)
        if len(lines) == 4096:
            out.write(b"".join(lines))
            lines = []
    out.write(b"".join(lines))


if __name__ == "__main__":
    main()
