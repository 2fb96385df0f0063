// The web interface's forms: they send JSON to the command API on the reader's session, with the page's CSRF token.
document.addEventListener('DOMContentLoaded', () => {
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    if (token && header) {
        // htmx requests carry the token too (htmx:configRequest runs before each one)
        document.body.addEventListener('htmx:configRequest', event => {
            event.detail.headers[header.content] = token.content;
        });
    }
    document.querySelectorAll('form[data-api]').forEach(form => new LedgerForm(form, token, header));
});

/*
 * A form marked data-api="/api/…" is sent there as JSON (POST), and the API alone judges it: a problem+json answer
 * is shown next to the form (detail, rule, field errors) and nothing is stored; on success the page waits until every
 * read model in data-wait (space-separated URLs) shows the aggregate's new version, then opens data-then; "{id}" in
 * those URLs stands for the id the API answered. Fields: empty ones are left out; data-json="list" sends one item per line; data-json="parties"
 * sends each line as a party taking the chosen outcome's position (a joint decision); data-also="key" copies the
 * value to another key, data-also-list="key" as a one-item list; an option's data-gate names its gate.
 */
class LedgerForm {

    constructor(form, token, header) {
        this.form = form;
        this.token = token;
        this.header = header;
        this.feedback = form.querySelector('.form-feedback');
        this.key = LedgerForm.newKey(); // the same key for retries of this request: the API runs it once
        form.addEventListener('submit', event => {
            event.preventDefault();
            this.send();
        });
    }

    static newKey() {
        return (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
            : 'ui-' + Date.now() + '-' + Math.random().toString(36).slice(2);
    }

    body() {
        const body = {};
        const parties = [];
        Array.from(this.form.elements).forEach(field => {
            if (!field.name || field.disabled || ((field.type === 'radio' || field.type === 'checkbox') && !field.checked)) {
                return;
            }
            const value = field.value.trim();
            if (value === '') {
                return;
            }
            const lines = value.split(/\r?\n/).map(line => line.trim()).filter(line => line !== '');
            if (field.dataset.json === 'parties') {
                parties.push(...lines);
                return;
            }
            body[field.name] = field.dataset.json === 'list' ? lines : value;
            if (field.dataset.also) {
                body[field.dataset.also] = value;
            }
            if (field.dataset.alsoList) {
                body[field.dataset.alsoList] = [value];
            }
            const option = field.selectedOptions && field.selectedOptions[0];
            if (option && option.dataset.gate) {
                body.gate = option.dataset.gate;
            }
        });
        if (parties.length > 0) {
            body.partyPositions = parties.map(party => ({ party: party, position: body.outcome }));
        }
        return body;
    }

    async send() {
        const submit = this.form.querySelector('[type=submit]');
        submit.disabled = true;
        this.say(this.feedback.dataset.saving, false);
        const headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
            'Idempotency-Key': this.key };
        if (this.token && this.header) {
            headers[this.header.content] = this.token.content;
        }
        if (this.form.dataset.ifMatch !== undefined) {
            headers['If-Match'] = '"' + this.form.dataset.ifMatch + '"';
        }
        try {
            const response = await fetch(this.form.dataset.api, { method: 'POST', headers: headers,
                body: JSON.stringify(this.body()), credentials: 'same-origin' });
            const answer = await response.json().catch(() => ({}));
            if (!response.ok) {
                this.problem(answer, response.status);
                submit.disabled = false;
                return;
            }
            this.say(this.feedback.dataset.waiting, false);
            for (const url of this.form.dataset.wait.split(/\s+/).filter(u => u !== '')) {
                await this.readModelShows(LedgerForm.withId(url, answer.id), answer.version);
            }
            window.location.assign(LedgerForm.withId(this.form.dataset.then, answer.id));
        } catch (error) {
            this.say(this.feedback.dataset.failed + ' ' + error, true);
            submit.disabled = false;
        }
    }

    static withId(url, id) {
        return url.split('{id}').join(encodeURIComponent(id));
    }

    /**
     * Reads until the read model has the version the command made (at most about 15 s): a view's version, or a
     * timeline's last entry's sequence number (the version that event made).
     */
    async readModelShows(url, version) {
        for (let attempt = 0; attempt < 60; attempt++) {
            const response = await fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin',
                cache: 'no-store' });
            if (response.ok) {
                const view = await response.json();
                const entries = view.entries || [];
                const shown = view.version !== undefined ? view.version
                    : (entries.length > 0 ? entries[entries.length - 1].sequence : -1);
                if (shown >= version) {
                    return;
                }
            }
            await new Promise(resolve => setTimeout(resolve, 250));
        }
    }

    problem(answer, status) {
        this.feedback.replaceChildren();
        const detail = document.createElement('p');
        detail.dataset.test = 'problem-detail';
        detail.textContent = answer.detail || answer.title || (this.feedback.dataset.failed + ' ' + status);
        this.feedback.appendChild(detail);
        if (answer.rule) {
            const rule = document.createElement('p');
            rule.append(this.feedback.dataset.ruleLabel + ' ');
            const code = document.createElement('code');
            code.dataset.test = 'problem-rule';
            code.textContent = answer.rule;
            rule.appendChild(code);
            this.feedback.appendChild(rule);
        }
        const errors = answer.errors || answer['invalid-params'] || [];
        if (Array.isArray(errors) && errors.length > 0) {
            const list = document.createElement('ul');
            errors.forEach(error => {
                const item = document.createElement('li');
                item.textContent = (error.field || error.name || '') + ': ' + (error.message || error.reason || '');
                list.appendChild(item);
            });
            this.feedback.appendChild(list);
        }
        this.feedback.classList.add('problem');
        this.feedback.focus();
    }

    say(text, isProblem) {
        this.feedback.textContent = text;
        this.feedback.classList.toggle('problem', isProblem);
    }
}
