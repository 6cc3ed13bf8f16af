// Asks before disabling a feature that takes other enabled features with it.
(function () {
    'use strict';

    document.addEventListener('submit', function (event) {
        var message = event.target.getAttribute('data-features-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();
