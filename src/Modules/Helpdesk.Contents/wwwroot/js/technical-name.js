// Fills the technical name from the display name until the admin types one of their own.
(function () {
    var source = document.querySelector('[data-technical-name-source]');
    var target = document.querySelector('[data-technical-name]');
    if (!source || !target) {
        return;
    }

    var umlauts = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss' };
    var derived = target.value === '';

    function technicalName(text) {
        var plain = text.replace(/[äöüÄÖÜß]/g, function (c) { return umlauts[c]; })
            .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        return plain.split(/[^A-Za-z0-9]+/)
            .filter(function (word) { return word.length > 0; })
            .map(function (word) { return word[0].toUpperCase() + word.slice(1); })
            .join('')
            .replace(/^[0-9]+/, '')
            .slice(0, 100);
    }

    source.addEventListener('input', function () {
        if (derived) {
            target.value = technicalName(source.value);
        }
    });
    target.addEventListener('input', function () {
        derived = target.value === '';
    });
})();
