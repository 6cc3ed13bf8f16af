// Asks before a form marked with data-recipes-confirm runs a recipe.
(function () {
    'use strict';

    document.addEventListener('submit', function (event) {
        var message = event.target.getAttribute('data-recipes-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });
})();
