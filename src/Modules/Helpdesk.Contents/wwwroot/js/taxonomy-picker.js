// The taxonomy field's picker: each chosen level opens the next (children come from the
// field's terms URL), and typing searches the whole taxonomy. The chosen terms are hidden
// inputs named like the field; each carries data-path (the ids from the top level down) so
// that "under term" conditions can be checked in field-conditions.js.
(function () {
    'use strict';

    function init(picker) {
        var url = picker.dataset.termsUrl;
        var inputName = picker.dataset.inputName;
        var multiple = picker.dataset.multiple === 'true';
        var leavesOnly = picker.dataset.leavesOnly === 'true';
        var selected = picker.querySelector('.taxonomy-picker-selected');
        var levels = picker.querySelector('.taxonomy-picker-levels');
        var search = picker.querySelector('.taxonomy-picker-search');
        var results = picker.querySelector('.taxonomy-picker-results');
        var timer = null;

        function fetchTerms(query) {
            return fetch(url + '?' + new URLSearchParams(query), {
                headers: { Accept: 'application/json' },
                credentials: 'same-origin'
            }).then(function (response) { return response.ok ? response.json() : []; });
        }

        function changed() {
            picker.dispatchEvent(new Event('change', { bubbles: true }));
        }

        function choose(term) {
            if (!multiple) {
                selected.replaceChildren();
            } else if (selected.querySelector('input[value="' + CSS.escape(term.id) + '"]')) {
                return;
            }

            var item = document.createElement('li');
            item.className = 'd-flex align-items-center gap-2';
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = inputName;
            input.value = term.id;
            input.dataset.path = term.path;
            var label = document.createElement('span');
            label.textContent = term.pathText;
            item.append(input, label);
            if (multiple) {
                var remove = document.createElement('button');
                remove.type = 'button';
                remove.className = 'btn btn-sm btn-link p-0 taxonomy-picker-remove';
                remove.textContent = picker.dataset.removeText;
                item.append(remove);
            }

            selected.append(item);
            changed();
        }

        function clearSingle() {
            if (!multiple) {
                selected.replaceChildren();
                changed();
            }
        }

        function levelSelect(terms, depth, selectedId) {
            var select = document.createElement('select');
            select.className = 'form-select w-auto';
            select.dataset.depth = depth;
            select.setAttribute('aria-label', picker.dataset.levelText + ' ' + (depth + 1));
            var empty = document.createElement('option');
            empty.value = '';
            empty.textContent = picker.dataset.chooseText;
            select.append(empty);
            terms.forEach(function (term) {
                var option = document.createElement('option');
                option.value = term.id;
                option.textContent = term.text;
                option.selected = term.id === selectedId;
                option.dataset.leaf = term.isLeaf ? 'true' : 'false';
                option.dataset.path = term.path;
                option.dataset.pathText = term.pathText;
                select.append(option);
            });

            return select;
        }

        function removeBelow(depth) {
            levels.querySelectorAll('select').forEach(function (select) {
                if (Number(select.dataset.depth) > depth) {
                    select.remove();
                }
            });
        }

        async function showPath(term) {
            var ids = term.path.split(' ');
            var parents = [''].concat(ids.slice(0, term.isLeaf ? -1 : undefined));
            levels.replaceChildren();
            for (var depth = 0; depth < parents.length; depth++) {
                var terms = await fetchTerms({ parentId: parents[depth] });
                if (terms.length > 0) {
                    levels.append(levelSelect(terms, depth, ids[depth]));
                }
            }
        }

        function chosenOption(depth) {
            var select = levels.querySelector('select[data-depth="' + depth + '"]');
            var option = select ? select.selectedOptions[0] : null;

            return option && option.value !== '' ? option : null;
        }

        function termOf(option) {
            return { id: option.value, path: option.dataset.path, pathText: option.dataset.pathText || option.textContent };
        }

        levels.addEventListener('change', function (event) {
            var select = event.target;
            if (select.tagName !== 'SELECT') {
                return;
            }

            var depth = Number(select.dataset.depth);
            var option = select.selectedOptions[0];
            removeBelow(depth);
            if (!option || option.value === '') {
                // Going back to "please choose" on a lower level leaves the term above chosen,
                // as the levels still show it.
                var above = !multiple && !leavesOnly ? chosenOption(depth - 1) : null;
                if (above) {
                    choose(termOf(above));
                } else {
                    clearSingle();
                }

                return;
            }

            if (option.dataset.leaf === 'true' || (!multiple && !leavesOnly)) {
                choose(termOf(option));
            } else {
                clearSingle();
            }

            if (option.dataset.leaf !== 'true') {
                fetchTerms({ parentId: option.value }).then(function (terms) {
                    // An answer that arrives after the person chose again belongs to a choice no
                    // longer shown; appending it would open a second, wrong level.
                    if (terms.length > 0 && select.isConnected && select.value === option.value) {
                        removeBelow(depth);
                        levels.append(levelSelect(terms, depth + 1, null));
                    }
                });
            }
        });

        selected.addEventListener('click', function (event) {
            if (event.target.classList.contains('taxonomy-picker-remove')) {
                event.target.closest('li').remove();
                changed();
            }
        });

        function showResults(terms) {
            results.replaceChildren();
            terms.forEach(function (term) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'list-group-item list-group-item-action';
                button.textContent = term.pathText;
                button.disabled = leavesOnly && !term.isLeaf;
                button.addEventListener('click', function () {
                    choose(term);
                    results.hidden = true;
                    search.value = '';
                    if (!multiple) {
                        showPath(term);
                    }
                });
                results.append(button);
            });
            results.hidden = terms.length === 0;
        }

        search.addEventListener('input', function () {
            clearTimeout(timer);
            var text = search.value.trim();
            if (text.length < 2) {
                results.hidden = true;
                return;
            }

            timer = setTimeout(function () { fetchTerms({ q: text }).then(showResults); }, 250);
        });

        search.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
            }
        });
    }

    document.querySelectorAll('.taxonomy-picker').forEach(init);
})();
