// The bank account to send a transfer to, for the currency chosen on the bank form, and the most one deposit may claim.
import { el, fill } from './dom.js';

/** Shows where to send `currency` (one of /api/deposits/bank/options' currencies) in `container`. */
export function showAccount(container, currency) {
  const limit = currency.maximum
    ? el('p', { class: 'hint' }, `One deposit may claim at most ${currency.maximum.formatted}.`) : null;
  if (!currency.account) {
    fill(container, el('p', { class: 'muted' }, `No bank account is set up for ${currency.code} transfers yet. `
      + 'Pay by card, or ask support where to send it.'), limit);
    return;
  }
  const account = currency.account;
  const pairs = [['Bank', account.bank], ['Account holder', account.holder], ['Account number', account.number]];
  if (account.note) {
    pairs.push(['Note', account.note]);
  }
  fill(container, el('h3', {}, `Send ${currency.code} to`),
    el('dl', { class: 'facts' }, pairs.map(([term, value]) => [el('dt', {}, term),
      el('dd', { class: term === 'Account number' ? 'mono' : null }, value)])), limit);
}
