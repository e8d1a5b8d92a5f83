// Bank deposits: the form with a receipt preview before sending and upload progress, and past submissions.
import { api, upload } from './api.js';
import { el, fill, invalid, minorUnits, say, validOnEdit, when, words } from './dom.js';
import { showAccount } from './bank-account.js';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf'];
const form = document.getElementById('bank-form');
const receipt = document.getElementById('receipt');
const preview = document.getElementById('preview');
const previewImage = document.getElementById('preview-image');
const progress = document.getElementById('progress');
const error = document.getElementById('bank-error');
const status = document.getElementById('bank-status');
const field = (id) => document.getElementById(id);
let previewUrl = null;

function size(bytes) {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function receiptProblem(file) {
  if (!file) {
    return 'Choose the receipt of your transfer.';
  }
  if (!TYPES.includes(file.type)) {
    return `${file.name} is not a PNG, JPEG, WebP or PDF file.`;
  }
  return file.size > MAX_BYTES ? `${file.name} is ${size(file.size)}; a receipt may be at most 5 MiB.` : null;
}

function showPreview() {
  const file = receipt.files[0];
  if (previewUrl) {
    URL.revokeObjectURL(previewUrl);
    previewUrl = null;
  }
  preview.hidden = !file;
  invalid(receipt, Boolean(file && receiptProblem(file)));
  if (!file) {
    return;
  }
  const image = file.type.startsWith('image/');
  previewImage.hidden = !image;
  if (image) {
    previewUrl = URL.createObjectURL(file);
    previewImage.src = previewUrl;
  }
  field('preview-name').textContent = `${image ? 'Image' : 'PDF'}: ${file.name} (${size(file.size)})`;
  say(error, receiptProblem(file) || '', 'error');
}

function problems(currency) {
  const found = [];
  const mark = (id, problem) => {
    invalid(field(id), Boolean(problem));
    if (problem) {
      found.push([id, problem]);
    }
  };
  const amount = minorUnits(field('bank-amount').value, currency.fraction_digits);
  const most = currency.maximum;
  mark('bank-amount', Number.isNaN(amount) || amount <= 0 ? `Type the amount you sent, like 250 or 12.50.`
    : most && amount > most.amount ? `One deposit may claim at most ${most.formatted}.` : null);
  mark('sender', field('sender').value.trim() ? null : 'Type the name of the account that sent the money.');
  mark('code', /^[A-Za-z0-9][A-Za-z0-9_/ -]{3,63}$/.test(field('code').value.trim())
    ? null : 'Type the bank transaction code (4 to 64 letters or digits).');
  mark('phone', /^\+?[0-9][0-9 ()-]{5,22}[0-9]$/.test(field('phone').value.trim()) ? null : 'Type a phone number, like +251 911 234567.');
  mark('receipt', receiptProblem(receipt.files[0]));
  return { found, amount };
}

function submission(deposit) {
  return el('li', { class: `submission ${deposit.status}` },
    el('p', {}, el('strong', {}, deposit.amount.formatted), ` · code ${deposit.transaction_code} · sent ${when(deposit.submitted_at)}`),
    el('p', {}, el('span', { class: `pill ${deposit.status}` }, words(deposit.status))),
    deposit.rejection_reason ? el('p', { class: 'reason' }, `Reason: ${deposit.rejection_reason}`) : null,
    el('p', {}, el('a', { href: deposit.receipt_url, target: '_blank', rel: 'noopener' }, 'Your receipt')));
}

export async function showSubmissions() {
  const answer = await api('/api/deposits?size=20');
  fill(field('past'), answer.items.map(submission));
  field('past-empty').hidden = answer.total > 0;
}

async function send(currency) {
  const { found, amount } = problems(currency);
  if (found.length) {
    say(error, found.map(([, problem]) => problem).join(' '), 'error');
    field(found[0][0]).focus();
    return;
  }
  const data = new FormData();
  [['amount', String(amount)], ['currency', currency.code], ['sender_name', field('sender').value.trim()],
    ['transaction_code', field('code').value.trim()], ['phone', field('phone').value.trim()]]
    .forEach(([name, value]) => data.append(name, value));
  data.append('receipt', receipt.files[0]);
  say(error, '');
  field('bank-submit').disabled = true;
  progress.hidden = false;
  try {
    await upload('/api/deposits/bank', data, (percent) => {
      progress.value = percent;
      say(status, `Uploading… ${percent}%`, 'waiting');
    });
    form.reset();
    field('bank-currency').dispatchEvent(new Event('change'));
    showPreview();
    say(status, 'Sent. An administrator will review your deposit; you will get a notification.', 'success');
    await showSubmissions();
  } catch (failure) {
    say(status, '');
    say(error, `Not sent: ${failure.message}`, 'error');
  } finally {
    field('bank-submit').disabled = false;
    progress.hidden = true;
    progress.value = 0;
  }
}

export function startBankDeposits(currencies) {
  const chosen = () => currencies.find((option) => option.code === field('bank-currency').value);
  const preferred = (currencies.find((currency) => currency.account) || currencies[0]).code;
  fill(field('bank-currency'), currencies.map((currency) => el('option', { value: currency.code,
    selected: currency.code === preferred }, currency.code)));
  showAccount(field('bank-account'), chosen());
  field('bank-currency').addEventListener('change', () => showAccount(field('bank-account'), chosen()));
  receipt.addEventListener('change', showPreview);
  ['bank-amount', 'sender', 'code', 'phone'].forEach((id) => validOnEdit(field(id)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(chosen());
  });
  showSubmissions().catch((failure) => say(status, `Your past deposits could not be loaded: ${failure.message}`, 'error'));
}
