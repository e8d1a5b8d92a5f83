// The deposit page: card amounts (presets and a custom amount within limits) through Polar's checkout,
// and the bank transfer form with its past submissions (bank.js).
import { api } from './api.js';
import { el, fill, invalid, minorUnits, say, validOnEdit } from './dom.js';
import { startBankDeposits } from './bank.js';

const status = document.getElementById('card-status');
const customForm = document.getElementById('custom-form');
const customAmount = document.getElementById('custom-amount');
const customError = document.getElementById('custom-error');

async function payByCard(amount, currency) {
  say(status, 'Opening the secure checkout…', 'waiting');
  document.querySelectorAll('#presets button, #custom-form button').forEach((button) => { button.disabled = true; });
  try {
    const opened = await api('/api/deposits/card', { method: 'POST', json: { amount, currency } });
    window.location.assign(opened.checkout_url);
  } catch (error) {
    say(status, error.message, 'error');
    document.querySelectorAll('#presets button, #custom-form button').forEach((button) => { button.disabled = false; });
  }
}

function customAmountProblem(options, minor) {
  if (Number.isNaN(minor)) {
    return `Type an amount in ${options.charge_currency.code}, like 100 or 12.50.`;
  }
  const range = options.custom;
  if (minor < range.minimum.amount || minor > range.maximum.amount) {
    return `Choose an amount from ${range.minimum.formatted} to ${range.maximum.formatted}.`;
  }
  return null;
}

function setUpCard(options) {
  const currency = options.charge_currency;
  fill(document.getElementById('presets'), options.presets.map((preset) => el('button', {
    type: 'button', class: 'preset', onclick: () => payByCard(preset.amount, preset.currency),
  }, preset.formatted)));
  if (!options.custom) {
    customForm.hidden = true;
    return;
  }
  document.getElementById('custom-currency').textContent = currency.code;
  document.getElementById('custom-hint').textContent =
    `Any amount from ${options.custom.minimum.formatted} to ${options.custom.maximum.formatted}.`;
  validOnEdit(customAmount);
  customForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const minor = minorUnits(customAmount.value, currency.fraction_digits);
    const problem = customAmountProblem(options, minor);
    say(customError, problem || '', 'error');
    invalid(customAmount, Boolean(problem));
    if (problem) {
      customAmount.focus();
      return;
    }
    payByCard(minor, currency.code);
  });
}

async function start() {
  try {
    const [options, bank] = await Promise.all([api('/api/deposits/card/options'), api('/api/deposits/bank/options')]);
    setUpCard(options);
    startBankDeposits(bank.currencies);
  } catch (error) {
    say(status, `The deposit options could not be loaded: ${error.message}`, 'error');
  }
}

start();
