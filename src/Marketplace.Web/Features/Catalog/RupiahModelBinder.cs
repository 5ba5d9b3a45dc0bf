using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Catalog;

/// <summary>
/// Binds a rupiah amount typed into a form ("1.250.000.000", "Rp 1.250.000.000" or "1250000000"). The field is a text
/// box, not type="number": a browser empties a number box it cannot read, which would save "no cost" without a word.
/// JSON bodies of the API are not bound here; they carry a plain number.
/// </summary>
public sealed class RupiahModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        if (Rupiah.TryParse(value.FirstValue, out var amount))
        {
            bindingContext.Result = ModelBindingResult.Success(amount);
        }
        else
        {
            var text = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<CatalogText>>();
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, text["Catalog.BuildCostNotNumber"].Value);
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
