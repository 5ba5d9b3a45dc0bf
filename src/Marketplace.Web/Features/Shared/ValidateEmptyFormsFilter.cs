using System.ComponentModel;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Features.Shared;

/// <summary>
/// When a form arrives with none of a bound model's fields (an empty submission), MVC does not validate the model's
/// fields and records one unnamed error for the model instead, so the visitor sees no message. This validates
/// such a model field by field, so every empty required field gets its own message.
/// </summary>
internal sealed class ValidateEmptyFormsFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && context.HandlerInstance is PageModel page)
        {
            foreach (var bound in context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>())
            {
                var name = bound.BindingInfo?.BinderModelName ?? bound.Name;
                var isComplex = !TypeDescriptor.GetConverter(bound.ParameterType).CanConvertFrom(typeof(string));
                if (isComplex && !context.ModelState.Keys.Any(k => k.StartsWith(name + ".", StringComparison.Ordinal))
                    && bound.Property.GetValue(page) is { } model)
                {
                    context.ModelState.Remove(name);
                    page.TryValidateModel(model, name);
                }
            }
        }

        return next();
    }
}
