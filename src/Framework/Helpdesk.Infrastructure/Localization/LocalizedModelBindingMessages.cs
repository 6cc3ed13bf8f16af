using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Helpdesk.Infrastructure.Localization;

/// <summary>
/// Translates the messages MVC writes when a posted value cannot be read at all, such as
/// letters in a number field; without this they would appear in English on German pages.
/// </summary>
public sealed class LocalizedModelBindingMessages : IConfigureOptions<MvcOptions>
{
    private readonly IStringLocalizer _localizer;

    public LocalizedModelBindingMessages(IStringLocalizerFactory localizers)
    {
        _localizer = localizers.Create(typeof(LocalizedModelBindingMessages));
    }

    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        var t = _localizer;

        // The forms show each error beside its field, so the messages need not name the field.
        messages.SetValueIsInvalidAccessor(value => t["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["The value '{0}' is not valid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => t["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => t["The value is not valid."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["The value is not valid."]);
        messages.SetValueMustNotBeNullAccessor(_ => t["A value is required."]);
        messages.SetMissingBindRequiredValueAccessor(_ => t["A value is required."]);
        messages.SetMissingKeyOrValueAccessor(() => t["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => t["A value is required."]);
        messages.SetValueMustBeANumberAccessor(_ => t["Enter a number."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Enter a number."]);
    }
}
