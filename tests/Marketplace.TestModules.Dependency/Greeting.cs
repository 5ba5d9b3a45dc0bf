namespace Marketplace.TestModules.Dependency;

/// <summary>A dependency the test modules need: a package that leaves it out cannot load.</summary>
public class Greeting
{
    public virtual string Text => "Halo dari dependensi";
}
