// The plumbing for admins: ledger audit, reconciliation with Polar (latest report, run now, a banner when Polar's
// webhook endpoint is disabled, Polar's disputes),
// webhook deliveries waiting for a retry and outbox messages that failed.
import { api } from './api.js';
import { count, el, fill, say, when, words } from './dom.js';

function table(caption, headings, rows, empty) {
  if (rows.length === 0) {
    return el('p', { class: 'muted' }, empty);
  }
  return el('table', { class: 'stack' }, el('caption', { class: 'visually-hidden' }, caption),
    el('thead', {}, el('tr', {}, headings.map((heading) => el('th', { scope: 'col' }, heading)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell, index) => el('td', { 'data-label': headings[index] }, cell))))));
}

async function showAudit() {
  const container = document.getElementById('audit');
  try {
    const audit = await api('/api/admin/audit');
    fill(container,
      el('p', { class: `pill ${audit.clean ? 'approved' : 'rejected'}` }, audit.clean ? 'Ledger checks out' : 'Differences found'),
      el('p', {}, `${count(audit.entries, 'entry', 'entries')} in ${count(audit.wallets, 'wallet', 'wallets')}, checked ${when(audit.at)}.`),
      table('Totals per currency', ['Currency', 'Wallets', 'System accounts', 'Balanced'],
        audit.totals.map((total) => [total.currency, total.wallets.formatted, total.system_accounts.formatted,
          total.balanced ? 'Yes' : 'No']), 'No money has moved yet.'),
      audit.discrepancies.length ? table('Differences', ['Kind', 'Account', 'Expected', 'Actual', 'Detail'],
        audit.discrepancies.map((d) => [words(d.kind), d.account, d.expected, d.actual, d.detail]), '') : null);
  } catch (error) {
    fill(container, el('p', { class: 'error' }, `The audit could not be run: ${error.message}`));
  }
}

function report(run) {
  return el('div', { class: 'report' },
    el('p', {}, el('span', { class: `pill ${run.clean ? 'approved' : 'rejected'}` }, run.clean ? 'Clean' : 'Needs a look'),
      ` Run ${when(run.started_at)}: ${count(run.orders_read, 'order', 'orders')} and ${count(run.refunds_read, 'refund', 'refunds')} read; `
      + `${run.credited} credited, ${run.fulfilled} fulfilled, ${count(run.refunds_applied, 'refund', 'refunds')} and `
      + `${count(run.disputes_applied, 'lost dispute', 'lost disputes')} applied, `
      + `${count(run.redelivered, 'failed webhook', 'failed webhooks')} sent again; `
      + `waiting for ${count(run.waiting_for.length, 'order, refund or lost dispute', 'orders, refunds or lost disputes')} not settled or applied yet.`),
    table('Findings', ['Kind', 'Order', 'Detail'], run.findings.map((f) => [words(f.kind), f.order_id || '–', f.detail]),
      'No findings.'));
}

/** The latest run tells whether Polar still sends webhooks (a banner when not) and which disputes Polar holds. */
function showLatest(run) {
  const banner = document.getElementById('webhook-banner');
  const disabled = run ? run.findings.find((f) => f.kind === 'webhook_endpoint_disabled') : null;
  banner.hidden = !disabled;
  banner.textContent = disabled ? `Webhooks are not reaching Plara: ${disabled.detail}` : '';
  fill(document.getElementById('disputes'), table('Disputes', ['Order', 'Status', 'Amount', 'Evidence due by'],
    (run ? run.disputes : []).map((d) => [d.order_id, words(d.status), d.amount.formatted,
      d.evidence_due_by ? when(d.evidence_due_by) : '–']), 'No dispute at Polar.'));
}

async function startReconciliation() {
  const container = document.getElementById('reconciliation');
  const status = document.getElementById('reconciliation-status');
  const button = document.getElementById('reconcile');
  button.addEventListener('click', async () => {
    button.disabled = true;
    say(status, 'Reconciling with Polar…', 'waiting');
    try {
      const run = await api('/api/admin/reconciliation', { method: 'POST' });
      fill(container, report(run));
      showLatest(run);
      say(status, 'Reconciliation finished.', 'success');
    } catch (error) {
      say(status, `Reconciliation failed: ${error.message}`, 'error');
    } finally {
      button.disabled = false;
    }
  });
  try {
    const answer = await api('/api/admin/reconciliation');
    fill(container, answer.reports.length ? report(answer.reports[0]) : el('p', { class: 'muted' }, 'No run yet.'));
    showLatest(answer.reports[0]);
  } catch (error) {
    say(status, `Reports could not be loaded: ${error.message}`, 'error');
  }
}

async function showQueues() {
  const webhooks = document.getElementById('webhooks');
  const outbox = document.getElementById('outbox');
  try {
    const [deliveries, messages] = await Promise.all([api('/api/admin/webhooks?status=pending&size=50'),
      api('/api/admin/outbox?size=50')]);
    fill(webhooks, table('Webhook deliveries waiting', ['Type', 'Received', 'Attempts', 'Next attempt', 'Why'],
      deliveries.items.map((d) => [d.type, when(d.received_at), String(d.attempts), when(d.next_attempt_at), d.outcome || '–']),
      'No webhook delivery waits for a retry.'));
    fill(outbox, table('Failing messages', ['Channel', 'To', 'Subject', 'Status', 'Attempts', 'Last error'],
      messages.items.map((m) => [words(m.channel), m.recipient, m.subject || '–', words(m.status), String(m.attempts),
        m.last_error || '–']), 'Every message went out.'));
  } catch (error) {
    fill(webhooks, el('p', { class: 'error' }, `Could not be loaded: ${error.message}`));
  }
}

export function startOperations() {
  showAudit();
  startReconciliation();
  showQueues();
}
