// Asks before a delete button of the taxonomy editor submits its form.
(function () {
    'use strict';

    document.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-confirm]');
        if (button && !window.confirm(button.dataset.confirm)) {
            event.preventDefault();
        }
    });
})();
