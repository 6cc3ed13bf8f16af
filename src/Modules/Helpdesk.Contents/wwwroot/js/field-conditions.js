// Shows a field only while its condition holds. Each conditional field's fieldset carries
// data-condition-field (the input prefix of the field it looks at), -operator and -values; a
// hidden fieldset is also disabled, so the browser neither checks nor posts its inputs. The
// server evaluates the same conditions on what is posted; this script only spares the user
// the inputs that do not apply. Loaded as a file, as the Content-Security-Policy requires.
(function () {
    'use strict';

    function valuesOf(form, fieldName) {
        var container = form.querySelector('[data-field="' + CSS.escape(fieldName) + '"]');
        if (!container || container.disabled) {
            return null;
        }

        var values = { plain: [], path: [] };
        container.querySelectorAll('[name]').forEach(function (input) {
            if (input.type === 'checkbox' || input.type === 'radio') {
                if (input.checked) {
                    values.plain.push(input.value);
                } else if (input.dataset.uncheckedValue) {
                    values.plain.push(input.dataset.uncheckedValue);
                }
            } else if (input.tagName === 'SELECT') {
                Array.prototype.forEach.call(input.selectedOptions, function (option) {
                    if (option.value !== '') {
                        values.plain.push(option.value);
                    }
                });
            } else if (input.type !== 'file' && input.value.trim() !== '') {
                values.plain.push(input.value.trim());
            }

            if (input.dataset.path) {
                values.path = values.path.concat(input.dataset.path.split(' '));
            }
        });

        return values;
    }

    function holds(form, field) {
        var values = valuesOf(form, field.dataset.conditionField);
        if (values === null) {
            return false;
        }

        var expected = JSON.parse(field.dataset.conditionValues || '[]');
        switch (field.dataset.conditionOperator) {
            case 'Equals':
                return expected.length > 0 && values.plain.indexOf(expected[0]) >= 0;
            case 'In':
                return values.plain.some(function (value) { return expected.indexOf(value) >= 0; });
            case 'UnderTerm':
                return values.plain.concat(values.path).some(function (value) { return expected.indexOf(value) >= 0; });
            default:
                return true;
        }
    }

    // Repeats until nothing changes, so a field that depends on a field that depends on
    // another follows in one go.
    function update(form) {
        var fields = form.querySelectorAll('[data-condition-field]');
        for (var pass = 0; pass <= fields.length; pass++) {
            var changed = false;
            fields.forEach(function (field) {
                var show = holds(form, field);
                if (field.hidden === show) {
                    field.hidden = !show;
                    field.disabled = !show;
                    changed = true;
                }
            });

            if (!changed) {
                return;
            }
        }
    }

    document.querySelectorAll('form').forEach(function (form) {
        if (!form.querySelector('[data-condition-field]')) {
            return;
        }

        form.addEventListener('change', function () { update(form); });
        form.addEventListener('input', function () { update(form); });
        update(form);
    });
})();
