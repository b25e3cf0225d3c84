public static class Greeting
{
    public static string Hello(string name) => $"你好，{name}";
}
