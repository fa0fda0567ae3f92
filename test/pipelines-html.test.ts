// The html report: unit checks on its content, and the real thing opened in headless Chromium
// (Debian's chromium, via playwright-core) on the fixture library: the charts and the findings
// render, nothing is fetched from the network, and the worst replies come first.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import html from '../src/formatters/html.js';
import { cliAsync, context, LIBRARY, sampleResults } from './helpers/pipelines.js';
import { tempDir } from './helpers/cli.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe('html report content', () => {
  const page = () => html(sampleResults(), context()) as string;

  it('asks the CLI for the file texts', () => {
    expect(html.needsSource).toBe(true);
  });

  it('is one self-contained page: no scripts, no external assets, a CSP that forbids fetching', () => {
    const out = page();
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(out).not.toMatch(/(?:src|href)="(?!#)/);
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('charts findings per rule and the checklist items complaint replies miss', () => {
    const out = page();
    expect(out).toMatch(/<g class="bar" data-rule="negative-follow-up" data-count="1">/);
    expect(out).toMatch(/<g class="bar" data-rule="corporate-stiff" data-count="1">/);
    expect(out).toContain('data-item="apologize" data-missing="1"');
    expect(out).toContain('data-item="acknowledge" data-missing="0"');
    expect(out).toContain('missing in 1 of 1 (100%)');
  });

  it('shows each finding highlighted in its reply, with the suggestion and the fix, escaped', () => {
    const out = page();
    expect(out).toContain('<mark class="error">Is there anything else wrong?<sup>2</sup></mark>');
    expect(out).toContain('<mark class="warning">As per<sup>1</sup></mark>');
    expect(out).toContain('&lt;take&gt;');
    expect(out).not.toContain('<take>');
    expect(out).toContain('→ Ask &quot;How else can I help you today?&quot;');
    expect(out).toContain('<del>Is there anything else wrong?</del> → <ins>How else can I help you today?</ins>');
    // Info messages only with --verbose; the broken file is listed as a file-level finding.
    expect(out).not.toContain('No apology.');
    expect(html(sampleResults(), context({ verbose: true }))).toContain('No apology.');
    expect(out).toContain('Unexpected token } in JSON at line 4');
  });

  it('puts the worst reply first', () => {
    const out = page();
    const order = [...out.matchAll(/<a class="where" href="#reply-\d+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(order[0]).toBe('macros/refunds, old:v2.txt:1');
    expect(order).toContain('macros/broken.json');
  });

  it('says so when no complaint reply was checked', () => {
    const results = sampleResults();
    delete results[0]!.replies[0]!.checklist;
    expect(html(results, context())).toContain('No complaint replies were checked');
  });
});

describe('html report in headless Chromium', () => {
  it.skipIf(!CHROMIUM)('renders the charts and every finding of the fixture library, fetching nothing', async () => {
    const dir = tempDir('cl-html-');
    const reportPath = join(dir, 'report.html');
    const [report, json] = await Promise.all([
      cliAsync(['-f', 'html', '-o', reportPath, LIBRARY]),
      cliAsync(['-f', 'json', LIBRARY]),
    ]);
    expect(report.status).toBe(1);
    const results = JSON.parse(json.stdout) as Array<{ messages: Array<{ ruleId: string | null; severity: number }>; replies: Array<{ checklist?: Record<string, boolean> }> }>;
    const replies = results.reduce((n, r) => n + r.replies.length, 0);
    expect(replies).toBeGreaterThanOrEqual(50);
    const shownFindings = results.reduce((n, r) => n + r.messages.filter((m) => m.severity > 0).length, 0);
    const ruleCount = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter(Boolean)).size;
    const checked = results.flatMap((r) => r.replies).filter((r) => r.checklist);

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-extensions', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });

      const view = await page.evaluate(() => {
        const box = (el: Element) => el.getBoundingClientRect();
        const bars = (sel: string) => [...document.querySelectorAll(`${sel} g.bar`)].map((g) => ({
          key: g.getAttribute('data-rule') ?? g.getAttribute('data-item'),
          count: Number(g.getAttribute('data-count')),
          width: [...g.querySelectorAll('rect.seg')].reduce((w, r) => w + box(r).width, 0),
          labelWidth: box(g.querySelector('text.label')!).width,
        }));
        const cards = [...document.querySelectorAll('article.reply')];
        return {
          title: document.title,
          ruleBars: bars('svg.chart.rules'),
          checklistBars: bars('svg.chart.checklist'),
          chartsVisible: [...document.querySelectorAll('svg.chart')].map((s) => box(s).width > 200 && box(s).height > 20),
          findings: document.querySelectorAll('li.finding.error, li.finding.warning').length,
          marks: document.querySelectorAll('pre.context mark').length,
          // Findings with a span in the text (not "whole reply"): each is highlighted in its reply.
          spanFindings: [...document.querySelectorAll('li.finding.error, li.finding.warning')].filter((li) => li.querySelector('.pos')?.textContent !== 'whole reply').length,
          suggestions: document.querySelectorAll('.suggestion').length,
          contextsVisible: [...document.querySelectorAll('pre.context')].slice(0, 5).every((p) => box(p).height > 20),
          firstErrors: cards.slice(0, 5).map((c) => Number(c.getAttribute('data-errors'))),
          lastErrors: cards.slice(-5).map((c) => Number(c.getAttribute('data-errors'))),
          scripts: document.scripts.length,
        };
      });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(view.scripts).toBe(0);
      expect(view.chartsVisible).toEqual([true, true]);
      expect(view.ruleBars).toHaveLength(ruleCount);
      expect(view.ruleBars.every((b) => b.width > 1 && b.labelWidth > 10)).toBe(true);
      // Bars are drawn to scale: the longest bar is the most frequent rule.
      const widest = [...view.ruleBars].sort((a, b) => b.width - a.width)[0]!;
      expect(widest.count).toBe(Math.max(...view.ruleBars.map((b) => b.count)));
      expect(view.checklistBars.map((b) => b.key).sort()).toEqual(checked.length ? ['acknowledge', 'apologize', 'contact', 'fix', 'urgency', 'verify'] : []);
      for (const b of view.checklistBars) {
        const missing = checked.filter((r) => !r.checklist![b.key!]).length;
        expect(b.count).toBe(missing);
      }
      expect(view.findings).toBe(shownFindings);
      expect(view.spanFindings).toBeGreaterThan(shownFindings / 4);
      // Overlapping spans share a mark, so a few fewer marks than span findings.
      expect(view.marks).toBeGreaterThanOrEqual(Math.floor(view.spanFindings * 0.9));
      expect(view.suggestions).toBeGreaterThan(0);
      expect(view.contextsVisible).toBe(true);
      expect(Math.min(...view.firstErrors)).toBeGreaterThanOrEqual(Math.max(...view.lastErrors));
      expect(view.title).toMatch(/^complaintlint report: \d+ errors, \d+ warnings in \d+ replies$/);
      const shot = await page.screenshot({ fullPage: false });
      expect(shot.length).toBeGreaterThan(10_000);
      writeFileSync(join(dir, 'report.png'), shot);
    } finally {
      await browser.close();
    }
    expect(readFileSync(reportPath, 'utf8')).toContain('Checklist coverage of complaint replies');
  }, 90_000);

  it.runIf(!CHROMIUM)('is skipped: chromium is not installed (apt-get install chromium; .ci/run installs it)', () => {
    console.warn('html report browser test skipped: /usr/bin/chromium not found');
  });
});
