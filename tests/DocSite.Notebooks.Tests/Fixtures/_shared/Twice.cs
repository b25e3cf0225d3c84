// Shared code for .cs notebooks: valid C# (for `dotnet run`, through #:include) and a valid script (for the kernel).
public static class Twice
{
    public static int Of(int value) => 2 * value;
}
