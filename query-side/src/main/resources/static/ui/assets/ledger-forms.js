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
});
