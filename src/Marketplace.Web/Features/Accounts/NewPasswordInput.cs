using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Marketplace.Web.Features.Accounts;

/// <summary>A new password typed twice: the base of every form that sets one (registration, setup, reset, change).</summary>
public abstract class NewPasswordInput
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(128, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.ConfirmPassword")]
    public string? ConfirmPassword { get; set; }
}

public static class IdentityResultExtensions
{
    /// <summary>
    /// Shows Identity's errors on the form: password rules beside the new password, a wrong current password
    /// beside <paramref name="currentPasswordField"/> (when the form has one), the rest above the form.
    /// </summary>
    public static void AddTo(this IdentityResult result, ModelStateDictionary modelState, string? currentPasswordField = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                "PasswordMismatch" => currentPasswordField ?? string.Empty,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "Input.Password",
                _ => string.Empty,
            };
            modelState.AddModelError(field, error.Description);
        }
    }
}
