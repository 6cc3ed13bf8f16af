// Asks before a button with data-users-confirm submits its form (deleting a role or a user).
(function () {
    'use strict';

    document.addEventListener('submit', function (event) {
        var button = event.submitter;
        var message = button ? button.getAttribute('data-users-confirm') : null;
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();
