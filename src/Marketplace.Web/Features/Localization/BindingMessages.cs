using Marketplace.Web.Features.Home;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Localization;

/// <summary>Model binding's own messages ("the value 'x' is not valid") in the user's language.</summary>
internal sealed class BindingMessages(IStringLocalizer<SiteText> text) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => text["Binding.ValueIsInvalid", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["Binding.AttemptedValueIsInvalid", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Binding.ValueIsInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["Binding.UnknownValueIsInvalid", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Binding.NonPropertyUnknownValueIsInvalid"]);
        messages.SetValueMustNotBeNullAccessor(value => text["Binding.ValueMustNotBeNull", value]);
        messages.SetValueMustBeANumberAccessor(field => text["Binding.ValueMustBeANumber", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Binding.NonPropertyValueMustBeANumber"]);
        messages.SetMissingBindRequiredValueAccessor(field => text["Binding.MissingBindRequiredValue", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["Binding.MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Binding.MissingRequestBodyRequiredValue"]);
    }
}
