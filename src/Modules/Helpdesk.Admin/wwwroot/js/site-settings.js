// Site settings form: shows the chosen colour as text and warns about a too large logo before
// it is uploaded. The server checks both again; this only saves a round trip.
(function () {
    'use strict';

    var colour = document.getElementById('PrimaryColor');
    var colourValue = document.getElementById('PrimaryColor-value');
    if (colour && colourValue) {
        colour.addEventListener('input', function () {
            colourValue.textContent = colour.value;
        });
    }

    var logo = document.getElementById('Logo');
    if (logo) {
        logo.addEventListener('change', function () {
            var maxLength = Number(logo.dataset.maxLength);
            var file = logo.files && logo.files[0];
            var tooLarge = file && file.size > maxLength;
            logo.setCustomValidity(tooLarge ? logo.dataset.tooLarge : '');
            logo.classList.toggle('is-invalid', Boolean(tooLarge));
            if (tooLarge) {
                logo.reportValidity();
            }
        });
    }
}());
