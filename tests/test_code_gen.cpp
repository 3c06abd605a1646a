// The PyTorch programs LeakyLab shows: their text for each form, and Python-exact slope literals.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>

#include "core/code_gen.h"

namespace leakylab {
namespace {

EvalOptions leaky(double slope, std::optional<std::uint64_t> seed = {}, bool grad = false)
{
    EvalOptions o;
    o.negativeSlope = slope;
    o.seed = seed;
    o.grad = grad;
    return o;
}

TEST(CodeGen, ModuleFormIsTheTutorialsFirstExample)
{
    EXPECT_EQ(pythonProgram("torch.randn(4)", CodeForm::Module, leaky(0.2, 0)),
              "import torch\n"
              "import torch.nn as nn\n"
              "\n"
              "torch.manual_seed(0)\n"
              "x = torch.randn(4)\n"
              "m = nn.LeakyReLU(negative_slope=0.2)\n"
              "y = m(x)\n"
              "print(y)\n");
}

TEST(CodeGen, FunctionalFormCallsFLeakyRelu)
{
    EXPECT_EQ(pythonProgram("torch.Tensor([2,-4,5,-6])", CodeForm::Functional, leaky(0.4)),
              "import torch\n"
              "import torch.nn.functional as F\n"
              "\n"
              "x = torch.Tensor([2,-4,5,-6])\n"
              "y = F.leaky_relu(x, negative_slope=0.4)\n"
              "print(y)\n");
}

TEST(CodeGen, InplaceFormPrintsTheOverwrittenInput)
{
    EXPECT_EQ(pythonProgram("[2,-4,5,-6]", CodeForm::Inplace, leaky(0.4)),
              "import torch\n"
              "import torch.nn.functional as F\n"
              "\n"
              "x = torch.Tensor([2,-4,5,-6])\n"
              "F.leaky_relu(x, negative_slope=0.4, inplace=True)\n"
              "# x itself now holds the output\n"
              "print(x)\n");
}

TEST(CodeGen, InplaceWithGradWorksOnACopyBecauseALeafCannotBeOverwritten)
{
    EXPECT_EQ(pythonProgram("torch.randn(3)", CodeForm::Inplace, leaky(0.1, 7, true)),
              "import torch\n"
              "import torch.nn.functional as F\n"
              "\n"
              "torch.manual_seed(7)\n"
              "x = torch.randn(3)\n"
              "x.requires_grad_()\n"
              "y = x.clone()\n"
              "F.leaky_relu(y, negative_slope=0.1, inplace=True)\n"
              "# y itself now holds the output\n"
              "print(y.detach())\n"
              "y.sum().backward()\n"
              "print(x.grad)\n");
}

TEST(CodeGen, ReluFormsAndGradPrintValuesWithoutGradFn)
{
    EvalOptions relu;
    relu.activation = Activation::Relu;
    relu.grad = true;
    EXPECT_EQ(pythonProgram("[1.5, nan]", CodeForm::Module, relu),
              "import torch\n"
              "import torch.nn as nn\n"
              "from math import inf, nan\n"
              "\n"
              "x = torch.Tensor([1.5, nan])\n"
              "x.requires_grad_()\n"
              "m = nn.ReLU()\n"
              "y = m(x)\n"
              "print(y.detach())\n"
              "y.sum().backward()\n"
              "print(x.grad)\n");
    relu.grad = false;
    EXPECT_NE(pythonProgram("[1]", CodeForm::Functional, relu).find("y = F.relu(x)\n"), std::string::npos);
    EXPECT_NE(pythonProgram("[1]", CodeForm::Inplace, relu).find("F.relu(x, inplace=True)\n"), std::string::npos);
}

TEST(CodeGen, SeedIsOnlyWrittenWhenTheTensorIsRandom)
{
    EXPECT_EQ(pythonProgram("[1, 2]", CodeForm::Module, leaky(0.01, 5)).find("manual_seed"), std::string::npos);
}

TEST(CodeGen, BareNumberBecomesAFloat32ZeroDimTensor)
{
    EXPECT_NE(pythonProgram("3", CodeForm::Functional, leaky(0.01)).find("x = torch.tensor(3, dtype=torch.float32)\n"),
              std::string::npos);
}

// The `x = ...` line of the program: what Python makes the tensor from.
std::string tensorLine(std::string_view expression)
{
    const std::string program = pythonProgram(expression, CodeForm::Functional, leaky(0.01));
    const auto start = program.find("\nx = ") + 1;
    return program.substr(start, program.find("\ny = ") - start);
}

TEST(CodeGen, CallsWithoutTheTorchPrefixGetIt)
{
    EXPECT_EQ(tensorLine("randn(2, 2)"), "x = torch.randn(2, 2)");
    EXPECT_EQ(tensorLine("tensor([1, 2])"), "x = torch.tensor([1, 2])"); // int64, as the parser reads it
    EXPECT_EQ(tensorLine("((zeros (3)))"), "x = ((torch.zeros (3)))");
    EXPECT_EQ(tensorLine("torch . ones(1)"), "x = torch . ones(1)");
}

TEST(CodeGen, NamedValuesBecomeTensorsNotFloats)
{
    EXPECT_EQ(tensorLine("torch.nan"), "x = torch.tensor(torch.nan, dtype=torch.float32)");
}

TEST(CodeGen, CommentsAndLineContinuationsKeepTheProgramValid)
{
    EXPECT_EQ(tensorLine("[1, -2] # the inputs"), "x = torch.Tensor([1, -2] # the inputs\n)");
    EXPECT_EQ(tensorLine("3 # c"), "x = torch.tensor(3 # c\n, dtype=torch.float32)");
    EXPECT_EQ(tensorLine("torch.randn(2) # c"), "x = (torch.randn(2) # c\n)");
    EXPECT_EQ(tensorLine("torch.tensor([1, 2]) \\\n"), "x = torch.tensor([1, 2])");
}

TEST(CodeGen, SlopesAreWrittenAsPythonWouldReadThemBack)
{
    EXPECT_EQ(pythonFloat(0.01), "0.01");
    EXPECT_EQ(pythonFloat(3.0), "3.0");
    EXPECT_EQ(pythonFloat(-0.0), "-0.0");
    EXPECT_EQ(pythonFloat(1e-8), "1e-08");
    EXPECT_EQ(pythonFloat(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(pythonFloat(std::numeric_limits<double>::quiet_NaN()), "float('nan')");
    EXPECT_EQ(pythonFloat(-std::numeric_limits<double>::infinity()), "float('-inf')");
}

TEST(CodeGen, FormNamesRoundTrip)
{
    for (CodeForm form : {CodeForm::Module, CodeForm::Functional, CodeForm::Inplace})
        EXPECT_EQ(codeFormFromName(codeFormName(form)), form);
    EXPECT_FALSE(codeFormFromName("lambda").has_value());
    EXPECT_TRUE(evalOptionsFor(CodeForm::Inplace, {}).inplace);
    EXPECT_FALSE(evalOptionsFor(CodeForm::Module, {}).inplace);
}

} // namespace
} // namespace leakylab
