// Asks before disabling a feature that takes other enabled features with it.
(function () {
    'use strict';

    document.addEventListener('submit', function (event) {
        var button = event.submitter;
        var message = button ? button.getAttribute('data-features-confirm') : null;
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();
