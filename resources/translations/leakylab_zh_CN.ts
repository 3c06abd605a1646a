<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplyExampleCommand</name>
    <message>
        <source>example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>GuidedLessonSteps</name>
    <message>
        <source>LeakyReLU(x) = max(0, x) + negative_slope · min(0, x)</source>
        <translation>LeakyReLU(x) = max(0, x) + negative_slope · min(0, x)</translation>
    </message>
    <message>
        <source>What LeakyReLU is, and the dying neuron</source>
        <translation>LeakyReLU 是什么，以及神经元死亡</translation>
    </message>
    <message>
        <source>&lt;p&gt;ReLU passes a positive input through and turns every negative input into 0. Its gradient there is 0 too: a neuron whose input stays negative gets no gradient, its weights never change again, and it is &lt;b&gt;dead&lt;/b&gt;. That is the &lt;i&gt;dying ReLU&lt;/i&gt; problem.&lt;/p&gt;&lt;p&gt;LeakyReLU keeps a small slope for negative inputs, &lt;code&gt;negative_slope&lt;/code&gt;. The gradient there is that slope instead of 0, so the neuron keeps learning. PyTorch&apos;s default is 0.01; here it is 0.1, so you can see the leak.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ReLU 让正输入原样通过，把所有负输入变成 0。负输入处的梯度也是 0：如果一个神经元的输入一直为负，它就得不到梯度，权重再也不会改变，这个神经元就&lt;b&gt;死亡&lt;/b&gt;了。这就是 &lt;i&gt;ReLU 神经元死亡&lt;/i&gt;（dying ReLU）问题。&lt;/p&gt;&lt;p&gt;LeakyReLU 在负输入处保留一个小斜率，即 &lt;code&gt;negative_slope&lt;/code&gt;。那里的梯度是这个斜率而不是 0，所以神经元能继续学习。PyTorch 的默认值是 0.01；这里取 0.1，好让你看清“泄漏”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look left of 0 at the dotted ReLU′ and the dashed LeakyReLU′: which one can still move a weight?</source>
        <translation>看 0 左侧的点线 ReLU′ 和虚线 LeakyReLU′：哪一个还能让权重发生变化？</translation>
    </message>
    <message>
        <source>nn.LeakyReLU(0.2) on torch.randn(4)</source>
        <translation>对 torch.randn(4) 应用 nn.LeakyReLU(0.2)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The tutorial&apos;s first example makes a module, &lt;code&gt;nn.LeakyReLU(0.2)&lt;/code&gt;, and applies it to four random numbers. After &lt;code&gt;torch.manual_seed(0)&lt;/code&gt;, &lt;code&gt;torch.randn(4)&lt;/code&gt; is &lt;code&gt;[1.5410, -0.2934, -2.1788, 0.5684]&lt;/code&gt;: the positive numbers pass unchanged, the negative ones are multiplied by 0.2.&lt;/p&gt;&lt;p&gt;PyTorch prints &lt;code&gt;tensor([ 1.5410, -0.0587, -0.4358,  0.5684])&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;教程的第一个例子创建一个模块 &lt;code&gt;nn.LeakyReLU(0.2)&lt;/code&gt;，并把它应用到四个随机数上。调用 &lt;code&gt;torch.manual_seed(0)&lt;/code&gt; 之后，&lt;code&gt;torch.randn(4)&lt;/code&gt; 是 &lt;code&gt;[1.5410, -0.2934, -2.1788, 0.5684]&lt;/code&gt;：正数原样通过，负数乘以 0.2。&lt;/p&gt;&lt;p&gt;PyTorch 打印 &lt;code&gt;tensor([ 1.5410, -0.0587, -0.4358,  0.5684])&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LeakyReLU(x) = max(0, x) + 0.2 · min(0, x)</source>
        <translation>LeakyReLU(x) = max(0, x) + 0.2 · min(0, x)</translation>
    </message>
    <message>
        <source>Change the seed in the tensor editor: which numbers change sign, and what happens to them?</source>
        <translation>在张量编辑器中换一个种子：哪些数的符号变了，它们又会怎样？</translation>
    </message>
    <message>
        <source>The inplace argument</source>
        <translation>inplace 参数</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;code&gt;inplace=True&lt;/code&gt; writes the result into the input instead of making a new tensor: after &lt;code&gt;F.leaky_relu(x, 0.4, inplace=True)&lt;/code&gt;, &lt;code&gt;x&lt;/code&gt; itself holds the output. It saves memory in a large network.&lt;/p&gt;&lt;p&gt;&lt;code&gt;print(x)&lt;/code&gt; shows &lt;code&gt;tensor([ 2.0000, -1.6000,  5.0000, -2.4000])&lt;/code&gt;: the values x had are gone. Autograd sometimes needs them, so PyTorch refuses some in-place calls (the Tutorial menu shows its errors).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;inplace=True&lt;/code&gt; 把结果写回输入，而不是创建新张量：执行 &lt;code&gt;F.leaky_relu(x, 0.4, inplace=True)&lt;/code&gt; 之后，&lt;code&gt;x&lt;/code&gt; 本身保存着输出。在大型网络中这样可以节省内存。&lt;/p&gt;&lt;p&gt;&lt;code&gt;print(x)&lt;/code&gt; 显示 &lt;code&gt;tensor([ 2.0000, -1.6000,  5.0000, -2.4000])&lt;/code&gt;：x 原来的值已经没有了。自动求导有时需要这些值，所以 PyTorch 会拒绝某些原地调用（“教程”菜单中列出了这些错误）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>x ← max(0, x) + 0.4 · min(0, x)</source>
        <translation>x ← max(0, x) + 0.4 · min(0, x)</translation>
    </message>
    <message>
        <source>Switch the code panel between &lt;i&gt;module&lt;/i&gt; and &lt;i&gt;in place&lt;/i&gt;: which line prints the output, and why?</source>
        <translation>在代码面板中切换&lt;i&gt;模块&lt;/i&gt;和&lt;i&gt;原地&lt;/i&gt;：是哪一行打印了输出，为什么？</translation>
    </message>
    <message>
        <source>The negative slope</source>
        <translation>负斜率</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;code&gt;negative_slope&lt;/code&gt; is how much of a negative input leaks through: &lt;code&gt;nn.LeakyReLU(0.4)&lt;/code&gt; turns −4 into −1.6 and −6 into −2.4. At 0 it is plain ReLU, at 1 it passes everything unchanged, and a negative slope flips the sign of negative inputs.&lt;/p&gt;&lt;p&gt;PyTorch prints &lt;code&gt;tensor([ 2.0000, -1.6000,  5.0000, -2.4000])&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;negative_slope&lt;/code&gt; 决定负输入有多少会“泄漏”过去：&lt;code&gt;nn.LeakyReLU(0.4)&lt;/code&gt; 把 −4 变成 −1.6，把 −6 变成 −2.4。取 0 时就是普通的 ReLU，取 1 时所有输入原样通过，取负值时负输入的符号会翻转。&lt;/p&gt;&lt;p&gt;PyTorch 打印 &lt;code&gt;tensor([ 2.0000, -1.6000,  5.0000, -2.4000])&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LeakyReLU(−4) = 0.4 · (−4) = −1.6</source>
        <translation>LeakyReLU(−4) = 0.4 · (−4) = −1.6</translation>
    </message>
    <message>
        <source>Raise the slope to 0.6 (Page Up, then ↑): what does −6 become? Then try 0 and 1.</source>
        <translation>把斜率调到 0.6（先按 Page Up，再按 ↑）：−6 变成了多少？再试试 0 和 1。</translation>
    </message>
    <message>
        <source>The functional form, F.leaky_relu</source>
        <translation>函数形式：F.leaky_relu</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;code&gt;torch.nn.functional.leaky_relu(x, negative_slope=0.01)&lt;/code&gt; computes what the module computes, without making an object first: handy inside a model&apos;s &lt;code&gt;forward&lt;/code&gt;. Its default slope is 0.01, as for &lt;code&gt;nn.LeakyReLU()&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;PyTorch prints &lt;code&gt;tensor([ 2.0000, -0.0400,  5.0000, -0.0600])&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;code&gt;torch.nn.functional.leaky_relu(x, negative_slope=0.01)&lt;/code&gt; 的计算结果与模块相同，但不需要先创建对象：在模型的 &lt;code&gt;forward&lt;/code&gt; 中用起来很方便。它的默认斜率是 0.01，与 &lt;code&gt;nn.LeakyReLU()&lt;/code&gt; 一样。&lt;/p&gt;&lt;p&gt;PyTorch 打印 &lt;code&gt;tensor([ 2.0000, -0.0400,  5.0000, -0.0600])&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>F.leaky_relu(x, negative_slope=0.01) = nn.LeakyReLU(0.01)(x)</source>
        <translation>F.leaky_relu(x, negative_slope=0.01) = nn.LeakyReLU(0.01)(x)</translation>
    </message>
    <message>
        <source>What would the output be without &lt;code&gt;negative_slope=0.01&lt;/code&gt; in the call?</source>
        <translation>如果调用中去掉 &lt;code&gt;negative_slope=0.01&lt;/code&gt;，输出会是什么？</translation>
    </message>
    <message>
        <source>LeakyReLU against ReLU, in training</source>
        <translation>训练中的 LeakyReLU 与 ReLU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The training panel trains two networks from the same start, one with ReLU and one with LeakyReLU. The preset &lt;b&gt;%1&lt;/b&gt; pushes many units to negative inputs, where ReLU&apos;s gradient is 0.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Start&lt;/b&gt; (Space) and watch the dead units: ReLU&apos;s stay dead, while LeakyReLU&apos;s still get a gradient and can come back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;训练面板从相同的起点训练两个网络，一个用 ReLU，一个用 LeakyReLU。预设&lt;b&gt;“%1”&lt;/b&gt;会让许多单元的输入变为负数，而 ReLU 在那里的梯度为 0。&lt;/p&gt;&lt;p&gt;按&lt;b&gt;“开始”&lt;/b&gt;（空格键），观察死亡的单元：ReLU 的单元一直死亡，而 LeakyReLU 的单元仍能得到梯度，还能恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>For x &lt; 0:  ReLU′(x) = 0,  LeakyReLU′(x) = negative_slope</source>
        <translation>当 x &lt; 0 时：ReLU′(x) = 0，LeakyReLU′(x) = negative_slope</translation>
    </message>
    <message>
        <source>Set the slope to 0 and train again: does LeakyReLU lose its units too?</source>
        <translation>把斜率设为 0 再训练一次：LeakyReLU 的单元是否也会死亡？</translation>
    </message>
</context>
<context>
    <name>InputPoints</name>
    <message>
        <source>x on ReLU</source>
        <translation>ReLU 上的 x</translation>
    </message>
    <message>
        <source>x on LeakyReLU</source>
        <translation>LeakyReLU 上的 x</translation>
    </message>
</context>
<context>
    <name>LessonDocument</name>
    <message>
        <source>LeakyLab lessons (*.leakylab)</source>
        <translation>LeakyLab 课程 (*.leakylab)</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the full stop that ends a sentence</comment>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>it is a folder, not a lesson file</source>
        <translation>这是一个文件夹，不是课程文件。</translation>
    </message>
    <message>
        <source>the file is too large for a lesson (%1 bytes; at most %2)</source>
        <translation>文件太大，不可能是课程文件（%1 字节；最多 %2 字节）。</translation>
    </message>
    <message>
        <source>it would not open again: %1</source>
        <translation>保存后将无法再次打开：%1</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <source>There is not enough memory for an image of %1 × %2 pixels.</source>
        <translation>内存不足，无法生成 %1 × %2 像素的图像。</translation>
    </message>
    <message>
        <source>The PDF page cannot be %1 × %2 points.</source>
        <translation>PDF 页面不能是 %1 × %2 点。</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>无法开始写入 PDF。</translation>
    </message>
    <message>
        <source>Made with LeakyLab</source>
        <translation>由 LeakyLab 制作</translation>
    </message>
    <message>
        <source>The SVG could not be started.</source>
        <translation>无法开始写入 SVG。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>JPG image</source>
        <translation>JPG 图像</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>The %1 must be between %2 and %3, not %4.</source>
        <translation>%1必须在 %2 到 %3 之间，而不是 %4。</translation>
    </message>
    <message>
        <source>The scale must be between %1 and %2, not %3.</source>
        <translation>缩放倍数必须在 %1 到 %2 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>At this scale the image would be %1 × %2 pixels; at most %3 per side.</source>
        <translation>按此缩放倍数，图像将为 %1 × %2 像素；每边最多 %3 像素。</translation>
    </message>
    <message>
        <source>At this scale the image would have %1 megapixels; at most %2.</source>
        <translation>按此缩放倍数，图像将有 %1 百万像素；最多 %2 百万像素。</translation>
    </message>
    <message>
        <source>A plot is written as an image, a PDF or an SVG; CSV holds its table.</source>
        <translation>图只能导出为图像、PDF 或 SVG；CSV 保存的是它的数据表。</translation>
    </message>
</context>
<context>
    <name>SetSlopeCommand</name>
    <message>
        <source>slope %1 → %2</source>
        <translation>斜率 %1 → %2</translation>
    </message>
</context>
<context>
    <name>TrainingPreset</name>
    <message>
        <source>Provoke dying ReLU</source>
        <translation>诱发 ReLU 神经元死亡</translation>
    </message>
    <message>
        <source>A large learning rate (1.0, momentum 0.9) and every hidden bias starting at −0.5. ReLU&apos;s second layer is dead from the first step: every unit a cross. Its loss stays flat at ln 2 ≈ 0.69 and it answers the same for every point: 50% accuracy, an empty map. LeakyReLU starts from the very same weights, yet its negative units still pass back the slope as gradient: they come back, its line falls, and it separates the moons (100%). The count shows units negative on every sample; for LeakyReLU those still learn. Seeds 1 and 4 are the exceptions where ReLU survives. With a slope of 0.4 or more, LeakyReLU diverges at this learning rate too.</source>
        <translation>较大的学习率（1.0，动量 0.9），所有隐藏层偏置的初始值都是 −0.5。ReLU 网络的第二层从第一步起就已死亡：每个单元都是一个叉。它的损失一直停在 ln 2 ≈ 0.69，对每个点都给出同样的回答：准确率 50%，决策区域一片空白。LeakyReLU 从完全相同的权重出发，但它输出为负的单元仍把斜率作为梯度传回：这些单元恢复过来，损失曲线下降，两个月牙被分开（100%）。计数显示的是在所有样本上都为负的单元；对 LeakyReLU 来说，这些单元仍在学习。种子 1 和 4 是例外，ReLU 在这两种情况下能存活。当斜率为 0.4 或更大时，LeakyReLU 在这个学习率下也会发散。</translation>
    </message>
    <message>
        <source>Healthy training</source>
        <translation>正常训练</translation>
    </message>
    <message>
        <source>A moderate learning rate (0.1, momentum 0.9) and hidden biases starting slightly positive (0.2). Both networks keep nearly all their units, both reach 100% accuracy, and their curves lie almost on top of each other: when ReLU units do not die, LeakyReLU changes little.</source>
        <translation>适中的学习率（0.1，动量 0.9），隐藏层偏置的初始值略为正（0.2）。两个网络几乎保留了全部单元，准确率都达到 100%，曲线几乎重合：当 ReLU 单元没有死亡时，LeakyReLU 带来的变化很小。</translation>
    </message>
</context>
<context>
    <name>TutorialExamples</name>
    <message>
        <source>LeakyReLU(0.2) on torch.randn(4), seed 0</source>
        <translation>对 torch.randn(4) 应用 LeakyReLU(0.2)，种子 0</translation>
    </message>
    <message>
        <source>torch.manual_seed(0), then nn.LeakyReLU(0.2) on four random numbers</source>
        <translation>先 torch.manual_seed(0)，再对四个随机数应用 nn.LeakyReLU(0.2)</translation>
    </message>
    <message>
        <source>LeakyReLU(0.4) on [2, -4, 5, -6]</source>
        <translation>对 [2, -4, 5, -6] 应用 LeakyReLU(0.4)</translation>
    </message>
    <message>
        <source>Negative inputs are multiplied by 0.4: -4 becomes -1.6</source>
        <translation>负输入乘以 0.4：-4 变成 -1.6</translation>
    </message>
    <message>
        <source>LeakyReLU(0.6) on [2, -3, 4, -6]</source>
        <translation>对 [2, -3, 4, -6] 应用 LeakyReLU(0.6)</translation>
    </message>
    <message>
        <source>A larger slope lets more of the negative side through</source>
        <translation>斜率越大，负半轴漏过的部分越多</translation>
    </message>
    <message>
        <source>ReLU on [2, -3, 4, -6]</source>
        <translation>对 [2, -3, 4, -6] 应用 ReLU</translation>
    </message>
    <message>
        <source>The same tensor through nn.ReLU(): every negative input becomes 0</source>
        <translation>同一个张量经过 nn.ReLU()：每个负输入都变成 0</translation>
    </message>
    <message>
        <source>In place: F.leaky_relu(x, 0.4, inplace=True)</source>
        <translation>原地操作：F.leaky_relu(x, 0.4, inplace=True)</translation>
    </message>
    <message>
        <source>No new tensor: x itself now holds the output</source>
        <translation>不创建新张量：x 本身现在保存着输出</translation>
    </message>
    <message>
        <source>Functional: F.leaky_relu(x, negative_slope=0.01)</source>
        <translation>函数式：F.leaky_relu(x, negative_slope=0.01)</translation>
    </message>
    <message>
        <source>The function form with PyTorch&apos;s default slope, 0.01</source>
        <translation>函数形式，使用 PyTorch 的默认斜率 0.01</translation>
    </message>
    <message>
        <source>Error: in place with a negative slope, then backward()</source>
        <translation>错误：负斜率下原地操作，再调用 backward()</translation>
    </message>
    <message>
        <source>PyTorch cannot work out the in-place backward when the slope is negative</source>
        <translation>斜率为负时，PyTorch 无法计算原地操作的反向传播</translation>
    </message>
    <message>
        <source>Error: in place on a leaf that requires grad</source>
        <translation>错误：对需要梯度的叶子张量做原地操作</translation>
    </message>
    <message>
        <source>A tensor that requires grad cannot be overwritten in place: the program works on a clone</source>
        <translation>需要梯度的张量不能被原地覆盖：程序改为在副本上操作</translation>
    </message>
    <message>
        <source>Error: leaky_relu on an int64 tensor</source>
        <translation>错误：对 int64 张量调用 leaky_relu</translation>
    </message>
    <message>
        <source>torch.tensor([2, -4]) holds integers, and leaky_relu has no integer kernel</source>
        <translation>torch.tensor([2, -4]) 保存的是整数，而 leaky_relu 没有整数版本的内核</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Tensor table</source>
        <translation>张量表格</translation>
    </message>
    <message>
        <source>The tensor is still being evaluated.</source>
        <translation>张量仍在计算中。</translation>
    </message>
    <message>
        <source>each element of x with both outputs and gradients</source>
        <translation>x 的每个元素及其两种输出和梯度</translation>
    </message>
    <message>
        <source>the training history of both networks</source>
        <translation>两个网络的训练历史</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>损失曲线图</translation>
    </message>
    <message>
        <source>Dead units chart</source>
        <translation>死亡单元图</translation>
    </message>
</context>
<context>
    <name>WindowFieldChecks</name>
    <message>
        <source>Its negative_slope, %1, is outside the %2 to %3 the slope control can show.</source>
        <translation>它的 negative_slope 为 %1，超出了斜率控件能显示的 %2 到 %3 范围。</translation>
    </message>
    <message>
        <source>Its tensor expression cannot be read: %1</source>
        <translation>它的张量表达式无法读取：%1</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>%1 must be an object, not %2</source>
        <translation>%1必须是对象，而不是%2</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>缺少字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1 必须是数字，而不是%2</translation>
    </message>
    <message>
        <source>%1 is %2; it must lie between %3 and %4</source>
        <translation>%1 的值是 %2，但它必须在 %3 到 %4 之间</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, not %2</source>
        <translation>%1 必须是大于或等于 0 的整数，而不是 %2</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 必须是 true 或 false，而不是%2</translation>
    </message>
    <message>
        <source>%1 must be text, not %2</source>
        <translation>%1 必须是文本，而不是%2</translation>
    </message>
    <message>
        <source>%1 is too long (%2 bytes; at most %3)</source>
        <translation>%1 太长（%2 字节；最多 %3 字节）</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be one of %3</source>
        <translation>%1 的值是 &quot;%2&quot;，但它必须是以下之一：%3</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>课程文件</translation>
    </message>
    <message>
        <source>&quot;simulation.bias_init&quot; must be null or a number between -1e6 and 1e6, not %1</source>
        <translation>&quot;simulation.bias_init&quot; 必须是 null 或 -1e6 到 1e6 之间的数字，而不是 %1</translation>
    </message>
    <message>
        <source>&quot;simulation&quot;: %1</source>
        <translation>&quot;simulation&quot;：%1</translation>
    </message>
    <message>
        <source>the file is too large for a lesson (%1 bytes; at most %2)</source>
        <translation>文件太大，不可能是课程文件（%1 字节；最多 %2 字节）</translation>
    </message>
    <message>
        <source>the file nests deeper than a lesson ever does (%1 levels)</source>
        <translation>文件的嵌套层数超过了任何课程文件（最多 %1 层）</translation>
    </message>
    <message>
        <source>this is not a lesson file: it is not valid JSON (at byte %1)</source>
        <translation>这不是课程文件：它不是有效的 JSON（在第 %1 字节处）</translation>
    </message>
    <message>
        <source>this is not a lesson file: it holds a number too large to read</source>
        <translation>这不是课程文件：其中有一个数字大得无法读取</translation>
    </message>
    <message>
        <source>this is not a LeakyLab lesson (&quot;format&quot; is %1)</source>
        <translation>这不是 LeakyLab 课程（&quot;format&quot; 是 %1）</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of 1 or more, not %1</source>
        <translation>&quot;version&quot; 必须是大于或等于 1 的整数，而不是 %1</translation>
    </message>
    <message>
        <source>this lesson was made by a newer LeakyLab (file version %1); this one reads version %2</source>
        <translation>这个课程是用更新版本的 LeakyLab 制作的（文件版本 %1）；当前版本只能读取版本 %2</translation>
    </message>
    <message>
        <source>&quot;x_range&quot; must be a list of two numbers, like [-5, 5]</source>
        <translation>&quot;x_range&quot; 必须是由两个数字组成的列表，例如 [-5, 5]</translation>
    </message>
    <message>
        <source>&quot;x_range&quot; must go from a smaller to a larger number, both within ±1e6 and at least 0.001 apart</source>
        <translation>&quot;x_range&quot; 必须从较小的数字到较大的数字，两者都在 ±1e6 以内，并且至少相差 0.001</translation>
    </message>
    <message>
        <source>the lesson could not be read: %1</source>
        <translation>无法读取课程：%1</translation>
    </message>
    <message>
        <source>the negative slope must be a finite number</source>
        <translation>负斜率必须是有限的数字</translation>
    </message>
    <message>
        <source>samples must be from 1 to %1</source>
        <translation>样本数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>noise must be a finite number &gt;= 0</source>
        <translation>噪声必须是大于或等于 0 的有限数字</translation>
    </message>
    <message>
        <source>hidden units must be from 1 to %1</source>
        <translation>隐藏单元数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>hidden layers must be from 1 to %1</source>
        <translation>隐藏层数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>the learning rate must be a finite number &gt;= 0</source>
        <translation>学习率必须是大于或等于 0 的有限数字</translation>
    </message>
    <message>
        <source>momentum must be a finite number &gt;= 0</source>
        <translation>动量必须是大于或等于 0 的有限数字</translation>
    </message>
    <message>
        <source>the batch size must be at most the number of samples (0 for the full batch)</source>
        <translation>批大小不能超过样本数（0 表示全批量）</translation>
    </message>
    <message>
        <source>the bias init must be a finite number</source>
        <translation>偏置初始值必须是有限的数字</translation>
    </message>
    <message>
        <source>steps must be at most %1</source>
        <translation>步数最多为 %1</translation>
    </message>
    <message>
        <source>samples x hidden units x layers must be at most %1 (the activations kept for training)</source>
        <translation>样本数 × 隐藏单元数 × 层数最多为 %1（训练时要保存的激活值个数）</translation>
    </message>
    <message>
        <source>this run is too long for one go (over 10^12 multiply-adds): lower the steps, samples, hidden units or layers</source>
        <translation>这次训练太长，无法一次完成（超过 10^12 次乘加运算）：请减少步数、样本数、隐藏单元数或层数</translation>
    </message>
    <message>
        <source>&apos;−&apos; is not a minus sign in Python: type &apos;-&apos;</source>
        <translation>&apos;−&apos; 在 Python 中不是减号：请输入 &apos;-&apos;</translation>
    </message>
    <message>
        <source>unexpected non-ASCII character (byte %1)</source>
        <translation>不应在此处出现非 ASCII 字符（字节 %1）</translation>
    </message>
    <message>
        <source>unexpected control character (byte %1)</source>
        <translation>不应在此处出现控制字符（字节 %1）</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;: arithmetic is not understood, type the number itself</source>
        <translation>不应在此处出现 &apos;%1&apos;：这里不做算术运算，请直接输入算出的数字</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>不应在此处出现 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>invalid number: digits must follow the exponent</source>
        <translation>无效的数字：指数符号后面必须有数字</translation>
    </message>
    <message>
        <source>leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers</source>
        <translation>十进制整数字面量不允许有前导零；八进制整数请使用 0o 前缀</translation>
    </message>
    <message>
        <source>complex numbers are not understood</source>
        <translation>不支持复数</translation>
    </message>
    <message>
        <source>backslashes in strings are not understood</source>
        <translation>不支持字符串中的反斜杠</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串缺少结束引号</translation>
    </message>
    <message>
        <source>value cannot be converted to type int64 without overflow</source>
        <translation>该值转换为 int64 类型时会溢出</translation>
    </message>
    <message>
        <source>too many elements (at most %1)</source>
        <translation>元素太多（最多 %1 个）</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>输入的末尾</translation>
    </message>
    <message>
        <source>line break (line breaks are only allowed inside brackets)</source>
        <translation>换行（只有在括号内才能换行）</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>不应在此处出现%1</translation>
    </message>
    <message>
        <source>unexpected %1: expected %2</source>
        <translation>不应在此处出现%1，这里应该是%2</translation>
    </message>
    <message>
        <source>a name after &apos;.&apos;</source>
        <translation>&apos;.&apos; 后面的名称</translation>
    </message>
    <message>
        <source>nothing to read: type a tensor such as [1.0, -2.0] or torch.randn(3)</source>
        <translation>没有可读取的内容：请输入一个张量，例如 [1.0, -2.0] 或 torch.randn(3)</translation>
    </message>
    <message>
        <source>a number or &apos;[&apos;</source>
        <translation>数字或 &apos;[&apos;</translation>
    </message>
    <message>
        <source>nested too deeply (at most %1 levels of brackets)</source>
        <translation>嵌套太深（最多 %1 层括号）</translation>
    </message>
    <message>
        <source>unterminated list: this &apos;[&apos; is never closed</source>
        <translation>列表没有闭合：这个 &apos;[&apos; 始终没有对应的 &apos;]&apos;</translation>
    </message>
    <message>
        <source>unterminated parentheses: this &apos;(&apos; is never closed</source>
        <translation>括号没有闭合：这个 &apos;(&apos; 始终没有对应的 &apos;)&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 与 &apos;%2&apos; 不匹配</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;,&apos; 或 &apos;)&apos;</translation>
    </message>
    <message>
        <source>keyword argument repeated: %1</source>
        <translation>关键字参数重复：%1</translation>
    </message>
    <message>
        <source>positional argument follows keyword argument</source>
        <translation>位置参数不能写在关键字参数之后</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos;: only torch.tensor, torch.Tensor, torch.randn, torch.zeros, torch.ones, nan and inf are understood</source>
        <translation>未知的名称 &apos;%1&apos;：只能使用 torch.tensor、torch.Tensor、torch.randn、torch.zeros、torch.ones、nan 和 inf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be called</source>
        <translation>&apos;%1&apos; 不能被调用</translation>
    </message>
    <message>
        <source>%1 needs its arguments in parentheses, like %1(...)</source>
        <translation>%1 的参数要写在括号里，例如 %1(...)</translation>
    </message>
    <message>
        <source>%1() takes no keyword arguments: use torch.tensor([...], dtype=...) instead</source>
        <translation>%1() 不接受关键字参数：请改用 torch.tensor([...], dtype=...)</translation>
    </message>
    <message>
        <source>unknown keyword argument &apos;%1&apos;: only dtype= and requires_grad= are understood</source>
        <translation>未知的关键字参数 &apos;%1&apos;：只能使用 dtype= 和 requires_grad=</translation>
    </message>
    <message>
        <source>dtype must be torch.float32 or torch.int64</source>
        <translation>dtype 必须是 torch.float32 或 torch.int64</translation>
    </message>
    <message>
        <source>%1 is not supported here: use torch.float32 or torch.int64</source>
        <translation>这里不支持 %1：请使用 torch.float32 或 torch.int64</translation>
    </message>
    <message>
        <source>requires_grad must be True or False</source>
        <translation>requires_grad 必须是 True 或 False</translation>
    </message>
    <message>
        <source>only floating-point tensors can require gradients (this one is int64)</source>
        <translation>只有浮点张量才能要求梯度（这个张量是 int64）</translation>
    </message>
    <message>
        <source>%1() needs data, like %1([1.0, -2.0])</source>
        <translation>%1() 需要数据，例如 %1([1.0, -2.0])</translation>
    </message>
    <message>
        <source>%1() takes 1 positional argument</source>
        <translation>%1() 只接受 1 个位置参数</translation>
    </message>
    <message>
        <source>%1(sizes) gives uninitialised memory: use torch.zeros(...) for zeros, or torch.tensor([...]) for these values</source>
        <translation>%1(sizes) 得到的是未初始化的内存：要全零请用 torch.zeros(...)，要这些数值请用 torch.tensor([...])</translation>
    </message>
    <message>
        <source>%1() needs a list, like %1([1.5, -2.0]); for a single number use torch.tensor(...)</source>
        <translation>%1() 需要一个列表，例如 %1([1.5, -2.0])；单个数字请用 torch.tensor(...)</translation>
    </message>
    <message>
        <source>%1() takes 1 list</source>
        <translation>%1() 只接受 1 个列表</translation>
    </message>
    <message>
        <source>give the sizes either as separate numbers or as one tuple, not both</source>
        <translation>尺寸要么写成几个单独的数字，要么写成一个元组，不能两种写法混用</translation>
    </message>
    <message>
        <source>%1() needs sizes, like %1(2, 3)</source>
        <translation>%1() 需要尺寸，例如 %1(2, 3)</translation>
    </message>
    <message>
        <source>torch.randn makes floating-point values: int64 is not supported (PyTorch: &quot;normal_kernel_cpu&quot; not implemented for &apos;Long&apos;)</source>
        <translation>torch.randn 生成的是浮点数：不支持 int64（PyTorch：&quot;normal_kernel_cpu&quot; not implemented for &apos;Long&apos;）</translation>
    </message>
    <message>
        <source>sizes must be whole numbers</source>
        <translation>尺寸必须是整数</translation>
    </message>
    <message>
        <source>sizes cannot be negative</source>
        <translation>尺寸不能是负数</translation>
    </message>
    <message>
        <source>too many dimensions (at most %1)</source>
        <translation>维数太多（最多 %1 维）</translation>
    </message>
    <message>
        <source>&apos;-&apos; and &apos;+&apos; apply to numbers, not to a list</source>
        <translation>&apos;-&apos; 和 &apos;+&apos; 只能用于数字，不能用于列表</translation>
    </message>
    <message>
        <source>mixed numbers and lists: expected a number here, like the first element at this level</source>
        <translation>数字和列表混在了一起：这里应该是一个数字，和这一层的第一个元素一样</translation>
    </message>
    <message>
        <source>expected sequence of length %1 at dim %2 (got %3)</source>
        <translation>第 %2 维应该是长度为 %1 的序列（实际长度为 %3）</translation>
    </message>
    <message>
        <source>mixed numbers and lists: expected a list here, like the first element at this level</source>
        <translation>数字和列表混在了一起：这里应该是一个列表，和这一层的第一个元素一样</translation>
    </message>
    <message>
        <source>a string is not a number: type numbers without quotes</source>
        <translation>字符串不是数字：输入数字时不要加引号</translation>
    </message>
    <message>
        <source>True and False are not understood here: use 1 and 0</source>
        <translation>这里不能使用 True 和 False：请用 1 和 0</translation>
    </message>
    <message>
        <source>%1 is a dtype, not a number</source>
        <translation>%1 是 dtype，不是数字</translation>
    </message>
    <message>
        <source>%1 cannot be used inside a tensor&apos;s data: type the numbers</source>
        <translation>%1 不能用在张量的数据里：请直接输入数字</translation>
    </message>
    <message>
        <source>float() is understood only as float(&apos;nan&apos;), float(&apos;inf&apos;) or float(&apos;-inf&apos;)</source>
        <translation>float() 只能写成 float(&apos;nan&apos;)、float(&apos;inf&apos;) 或 float(&apos;-inf&apos;)</translation>
    </message>
    <message>
        <source>integer does not fit in int64 (PyTorch: Overflow when unpacking long)</source>
        <translation>整数超出了 int64 的范围（PyTorch：Overflow when unpacking long）</translation>
    </message>
    <message>
        <source>integer too large to convert to float</source>
        <translation>整数太大，无法转换为浮点数</translation>
    </message>
    <message>
        <source>input too long (at most %1 bytes)</source>
        <translation>输入太长（最多 %1 字节）</translation>
    </message>
    <message>
        <source>there is no tensor to write: the expression did not parse</source>
        <translation>没有可以写出的张量：表达式无法解析</translation>
    </message>
    <message>
        <source>the x range must go from a smaller to a larger finite number</source>
        <translation>x 的范围必须从较小的有限数到较大的有限数</translation>
    </message>
    <message>
        <source>the grid step must be a positive number</source>
        <translation>网格步长必须是正数</translation>
    </message>
    <message>
        <source>the table would have more than %1 rows; use a narrower x range</source>
        <translation>表格将超过 %1 行；请缩小 x 的范围</translation>
    </message>
</context>
<context>
    <name>leakylab::ActivationPlot</name>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>x &lt; 0: negative inputs</source>
        <translation>x &lt; 0：负输入</translation>
    </message>
    <message>
        <source>the leak (x &lt; 0)</source>
        <translation>泄漏区 (x &lt; 0)</translation>
    </message>
    <message>
        <source>derivative&apos;s value at x = 0</source>
        <translation>x = 0 处的导数值</translation>
    </message>
    <message>
        <source>limit from the other side</source>
        <translation>另一侧的极限</translation>
    </message>
</context>
<context>
    <name>leakylab::CodePanel</name>
    <message>
        <source>The PyTorch program for this lesson: run it and it prints the output below</source>
        <translation>本课的 PyTorch 程序：运行它，会打印出下面的输出</translation>
    </message>
    <message>
        <source>Copy the whole program, ready to paste into Python</source>
        <translation>复制整个程序，可直接粘贴到 Python 中运行</translation>
    </message>
    <message>
        <source>What this form of the call does to x, and what PyTorch would refuse</source>
        <translation>这种调用形式对 x 做了什么，以及 PyTorch 会拒绝什么</translation>
    </message>
    <message>
        <source>Output, as PyTorch prints it</source>
        <translation>输出（与 PyTorch 打印的完全一致）</translation>
    </message>
    <message>
        <source>What running the program above prints, byte for byte as PyTorch 1.13 prints it</source>
        <translation>运行上面的程序打印的内容，与 PyTorch 1.13 的打印逐字节一致</translation>
    </message>
    <message>
        <source>Output, as PyTorch prints it (working…)</source>
        <translation>输出（与 PyTorch 打印的完全一致，计算中…）</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>m = nn.LeakyReLU(negative_slope=…), then y = m(x)</source>
        <translation>先 m = nn.LeakyReLU(negative_slope=…)，再 y = m(x)</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>函数式</translation>
    </message>
    <message>
        <source>y = F.leaky_relu(x, negative_slope=…)</source>
        <translation>y = F.leaky_relu(x, negative_slope=…)</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>原地</translation>
    </message>
    <message>
        <source>F.leaky_relu(x, negative_slope=…, inplace=True): x itself is overwritten</source>
        <translation>F.leaky_relu(x, negative_slope=…, inplace=True)：x 本身被覆盖</translation>
    </message>
    <message>
        <source>LeakyReLU</source>
        <translation>LeakyReLU</translation>
    </message>
    <message>
        <source>nn.LeakyReLU / F.leaky_relu with the slope above the plot</source>
        <translation>nn.LeakyReLU / F.leaky_relu，使用图上方设置的斜率</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>nn.ReLU / F.relu: the same program with plain ReLU, to compare</source>
        <translation>nn.ReLU / F.relu：同一个程序换成普通 ReLU，用于对比</translation>
    </message>
    <message>
        <source>backward()</source>
        <translation>backward()</translation>
    </message>
    <message>
        <source>Also run y.sum().backward() and print x.grad: the gradients, and PyTorch&apos;s autograd errors</source>
        <translation>同时运行 y.sum().backward() 并打印 x.grad：查看梯度，以及 PyTorch 自动求导报的错误</translation>
    </message>
    <message>
        <source>Copy the whole program: the long tensor line is shortened on screen only</source>
        <translation>复制整个程序：过长的张量行只在屏幕上被缩短</translation>
    </message>
    <message>
        <source>In place: %1 writes its output into x itself; no new tensor is made. x now holds the output, which is why the editor&apos;s x column shows the overwritten values.</source>
        <translation>原地操作：%1 把输出直接写入 x 本身，不创建新张量。x 现在保存着输出，所以编辑器的 x 列显示的是被覆盖后的值。</translation>
    </message>
    <message>
        <source>x requires grad, so overwriting it in place is refused:
RuntimeError: %1
The program calls it in place on a copy, y = x.clone(), instead.</source>
        <translation>x 需要梯度，因此不允许原地覆盖它：
RuntimeError: %1
程序改为在副本 y = x.clone() 上原地调用。</translation>
    </message>
    <message>
        <source>With a negative slope the in-place result no longer tells which inputs were negative, so backward() fails: see the output.</source>
        <translation>斜率为负时，原地操作的结果无法再看出哪些输入原本是负数，因此 backward() 会失败：见输出。</translation>
    </message>
    <message>
        <source>x holds integers (int64): PyTorch has no LeakyReLU or gradient for them. Write 2.0 instead of 2, or use torch.Tensor([...]).</source>
        <translation>x 保存的是整数（int64）：PyTorch 对整数没有 LeakyReLU，也不能求梯度。请把 2 写成 2.0，或使用 torch.Tensor([...])。</translation>
    </message>
    <message>
        <source>LeakyLab cannot read the tensor: %1</source>
        <translation>LeakyLab 无法读取这个张量：%1</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>复制程序</translation>
    </message>
</context>
<context>
    <name>leakylab::CodePanelDock</name>
    <message>
        <source>PyTorch code and output</source>
        <translation>PyTorch 代码与输出</translation>
    </message>
    <message>
        <source>The PyTorch program for this lesson and exactly what it prints</source>
        <translation>本课的 PyTorch 程序及其确切的打印输出</translation>
    </message>
    <message>
        <source>&amp;Code panel</source>
        <translation>代码面板(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the PyTorch code and its output</source>
        <translation>显示或隐藏 PyTorch 代码及其输出</translation>
    </message>
</context>
<context>
    <name>leakylab::DeadFractionChart</name>
    <message>
        <source>Units ≤ 0 on every sample</source>
        <translation>在所有样本上 ≤ 0 的单元</translation>
    </message>
    <message>
        <source>% of hidden units</source>
        <translation>隐藏单元占比（%）</translation>
    </message>
    <message>
        <source>Each step, the share of hidden units whose pre-activation is ≤ 0 on every sample.
For ReLU they get no gradient and stay dead; LeakyReLU units counted here still get
the slope as their gradient, so they can come back.</source>
        <translation>每一步中，预激活值在所有样本上都 ≤ 0 的隐藏单元所占的比例。
对 ReLU 来说，这些单元得不到梯度，一直处于死亡状态；这里统计到的 LeakyReLU 单元
仍以斜率作为梯度，因此还能恢复。</translation>
    </message>
</context>
<context>
    <name>leakylab::ExportDialog</name>
    <message>
        <source>Slide 16:9 — 1920 × 1080 px</source>
        <translation>幻灯片 16:9 — 1920 × 1080 像素</translation>
    </message>
    <message>
        <source>Slide 4:3 — 1024 × 768 px</source>
        <translation>幻灯片 4:3 — 1024 × 768 像素</translation>
    </message>
    <message>
        <source>A4 landscape — 297 × 210 mm</source>
        <translation>A4 横向 — 297 × 210 毫米</translation>
    </message>
    <message>
        <source>US Letter landscape — 11 × 8.5 in</source>
        <translation>US Letter 横向 — 11 × 8.5 英寸</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose where to save, then write the file</source>
        <translation>选择保存位置，然后写入文件</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the figure at this size to the clipboard, to paste into slides</source>
        <translation>按此尺寸把图复制到剪贴板，以便粘贴到幻灯片中</translation>
    </message>
    <message>
        <source>Which plot or table to export</source>
        <translation>要导出哪个图或表</translation>
    </message>
    <message>
        <source>&amp;Plot:</source>
        <translation>图(&amp;P)：</translation>
    </message>
    <message>
        <source>PNG and JPG are images for slides; PDF and SVG stay sharp at any size; CSV is the numbers, for a spreadsheet</source>
        <translation>PNG 和 JPG 是用于幻灯片的图像；PDF 和 SVG 在任何尺寸下都清晰；CSV 是数据本身，可用电子表格打开</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Common sizes for slides and handouts</source>
        <translation>幻灯片和讲义的常用尺寸</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>The figure&apos;s width: pixels for images, points for PDF</source>
        <translation>图的宽度：图像以像素计，PDF 以点计</translation>
    </message>
    <message>
        <source>The figure&apos;s height: pixels for images, points for PDF</source>
        <translation>图的高度：图像以像素计，PDF 以点计</translation>
    </message>
    <message>
        <source>&amp;Width × height:</source>
        <translation>宽 × 高(&amp;W)：</translation>
    </message>
    <message>
        <source>More pixels for the same figure: 2 × is sharp on a high-resolution projector or in print</source>
        <translation>同一张图用更多像素：2 × 在高分辨率投影仪上或打印时都很清晰</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>The figure as it will be written, shrunk to fit</source>
        <translation>将要写入的图（缩小以适应显示）</translation>
    </message>
    <message>
        <source>The first rows of the table</source>
        <translation>表格的前几行</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels</source>
        <translation>%1 × %2 像素的图像</translation>
    </message>
    <message>
        <source>A page of %1 × %2 mm, vector: sharp at any zoom</source>
        <translation>%1 × %2 毫米的页面，矢量：任意缩放都清晰</translation>
    </message>
    <message>
        <source>A drawing of %1 × %2, vector: sharp at any zoom</source>
        <translation>%1 × %2 的矢量图：任意缩放都清晰</translation>
    </message>
    <message>
        <source>A table: %1</source>
        <translation>表格：%1</translation>
    </message>
    <message>
        <source>… and %1 more rows</source>
        <translation>… 还有 %1 行</translation>
    </message>
    <message>
        <source>A table: %1, %2 rows of numbers</source>
        <translation>表格：%1，共 %2 行数据</translation>
    </message>
    <message>
        <source>This plot is no longer there.</source>
        <translation>这个图已经不存在了。</translation>
    </message>
    <message>
        <source>there is no table to export</source>
        <translation>没有可导出的表格</translation>
    </message>
</context>
<context>
    <name>leakylab::ExpressionLineEdit</name>
    <message>
        <source>%1 … (%2 characters; type to replace)</source>
        <translation>%1 …（共 %2 个字符；输入即可替换）</translation>
    </message>
    <message>
        <source>A long expression is held aside: the line shows only its start. Copy copies all of it; typing replaces it.</source>
        <translation>过长的表达式被单独保存：输入框只显示开头部分。复制会复制全部内容；输入会替换它。</translation>
    </message>
</context>
<context>
    <name>leakylab::GuidedLesson</name>
    <message>
        <source>Guided lesson</source>
        <translation>引导式课程</translation>
    </message>
    <message>
        <source>&amp;Guided lesson</source>
        <translation>引导式课程(&amp;G)</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一步</translation>
    </message>
    <message>
        <source>The step before (← or P while presenting)</source>
        <translation>上一步（演示时按 ← 或 P）</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一步 →</translation>
    </message>
    <message>
        <source>The next step (→ or N while presenting)</source>
        <translation>下一步（演示时按 → 或 N）</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Try this:</source>
        <translation>试一试：</translation>
    </message>
</context>
<context>
    <name>leakylab::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>leakylab::LessonDocument</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%1” first?</source>
        <translation>先保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>&amp;New lesson</source>
        <translation>新建课程(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the default lesson (Ctrl+N)</source>
        <translation>从默认课程重新开始（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open lesson…</source>
        <translation>打开课程(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a lesson file you or a colleague saved (Ctrl+O)</source>
        <translation>打开你或同事保存的课程文件（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Save lesson</source>
        <translation>保存课程(&amp;S)</translation>
    </message>
    <message>
        <source>Save the slope, range, curves, notes and the rest as a lesson (Ctrl+S)</source>
        <translation>把斜率、范围、曲线、备注等保存为课程（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save lesson &amp;as…</source>
        <translation>课程另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the lesson under a new name (Ctrl+Shift+S)</source>
        <translation>以新名称保存课程（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — LeakyLab</source>
        <translation>%1[*] — LeakyLab</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>“%1” could not be opened. %2</source>
        <translation>无法打开“%1”。%2</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>“%1” could not be saved. %2</source>
        <translation>无法保存“%1”。%2</translation>
    </message>
</context>
<context>
    <name>leakylab::LessonNotesPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>课程标题</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, saved in the lesson file</source>
        <translation>课程标题，保存在课程文件中</translation>
    </message>
    <message>
        <source>Notes for this lesson: what to show, which slope to try, questions to ask…</source>
        <translation>本课备注：要演示什么、试哪个斜率、提哪些问题…</translation>
    </message>
    <message>
        <source>Your notes, saved in the lesson file</source>
        <translation>你的备注，保存在课程文件中</translation>
    </message>
    <message>
        <source>A lesson file keeps at most %1 KiB of title; that edit would go past it.</source>
        <translation>课程文件的标题最多 %1 KiB；这次编辑会超出，未被接受。</translation>
    </message>
    <message>
        <source>A lesson file keeps at most %1 KiB of notes; what did not fit was left out.</source>
        <translation>课程文件的备注最多 %1 KiB；放不下的部分已舍去。</translation>
    </message>
</context>
<context>
    <name>leakylab::LossChart</name>
    <message>
        <source>Loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <source>The loss on each step&apos;s batch, before the update. A dead network&apos;s loss stays flat.</source>
        <translation>每一步在该批数据上、参数更新之前的损失。死亡网络的损失保持不变。</translation>
    </message>
</context>
<context>
    <name>leakylab::MainWindow</name>
    <message>
        <source>Activation plot</source>
        <translation>激活函数图</translation>
    </message>
    <message>
        <source>the curves on the plotted grid</source>
        <translation>绘图网格上的曲线数据</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last slope change (Ctrl+Z)</source>
        <translation>撤销上一次斜率修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the slope change (Ctrl+Shift+Z)</source>
        <translation>重做斜率修改（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>显示或隐藏 %1</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>重置视图(&amp;R)</translation>
    </message>
    <message>
        <source>Back to x from −5 to 5, after panning or zooming (Ctrl+0)</source>
        <translation>平移或缩放后，回到 x 从 −5 到 5 的视图（Ctrl+0）</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save a plot as PNG, JPG, PDF or SVG for slides and handouts, or its numbers as CSV (Ctrl+E)</source>
        <translation>把图保存为 PNG、JPG、PDF 或 SVG，用于幻灯片和讲义，或把数据保存为 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Copy plot as image</source>
        <translation>将图复制为图像(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the plot to the clipboard, to paste into slides (Ctrl+Shift+C)</source>
        <translation>把图复制到剪贴板，以便粘贴到幻灯片中（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Reset la&amp;yout</source>
        <translation>重置布局(&amp;Y)</translation>
    </message>
    <message>
        <source>Put the panels and the tool bar back where they start</source>
        <translation>把各面板和工具栏放回初始位置</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Slope &amp;presets</source>
        <translation>斜率预设(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>LeakyLab will use this language the next time it starts.</source>
        <translation>LeakyLab 下次启动时将使用该语言。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About LeakyLab</source>
        <translation>关于 LeakyLab(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Show or hide the training of ReLU against LeakyReLU (Ctrl+T)</source>
        <translation>显示或隐藏 ReLU 与 LeakyReLU 的训练对比（Ctrl+T）</translation>
    </message>
    <message>
        <source>Hover for values · drag to pan · wheel to zoom · Ctrl+0 resets the view</source>
        <translation>悬停查看数值 · 拖动平移 · 滚轮缩放 · Ctrl+0 重置视图</translation>
    </message>
    <message>
        <source>Values as PyTorch computes them (float32)</source>
        <translation>数值与 PyTorch 的计算结果一致（float32）</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Plot copied: paste it into your slides</source>
        <translation>图已复制：可以粘贴到幻灯片中了</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>About LeakyLab</source>
        <translation>关于 LeakyLab</translation>
    </message>
    <message>
        <source>&amp;Guided lesson</source>
        <translation>引导式课程(&amp;G)</translation>
    </message>
    <message>
        <source>The PyTorch LeakyReLU tutorial in six steps, each setting up the plot, tensor and code</source>
        <translation>PyTorch LeakyReLU 教程，共六步，每一步都会设置好图、张量和代码</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeakyLab %1&lt;/h3&gt;&lt;p&gt;LeakyReLU against ReLU, for teaching: drag the slope and watch both curves and their derivatives.&lt;/p&gt;&lt;p&gt;Every value is computed as PyTorch 1.13 computes it on the CPU in float32, including the derivative at x = 0 (the filled dot).&lt;/p&gt;&lt;p&gt;License: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (running on Qt %3), QCustomPlot %4 and nlohmann/json %5.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LeakyLab %1&lt;/h3&gt;&lt;p&gt;LeakyReLU 与 ReLU 对比教学：拖动斜率，观察两条曲线及其导数的变化。&lt;/p&gt;&lt;p&gt;每个数值都与 PyTorch 1.13 在 CPU 上以 float32 计算的结果一致，包括 x = 0 处的导数（实心点）。&lt;/p&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;&lt;p&gt;基于 Qt %2（运行于 Qt %3）、QCustomPlot %4 和 nlohmann/json %5 构建。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>leakylab::PresentationMode</name>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Full screen, large type and high contrast for a projector (F5; Esc leaves).
%1</source>
        <translation>全屏、大字号、高对比度，适合投影仪（F5；按 Esc 退出）。
%1</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>退出（Esc）</translation>
    </message>
    <message>
        <source>↑ ↓ Page Up/Down: slope · → ← or N P: lesson step · Space: train · D: derivatives</source>
        <translation>↑ ↓ Page Up/Down：斜率 · → ← 或 N P：课程步骤 · 空格：训练 · D：导数</translation>
    </message>
    <message>
        <source>Guided lesson: press → to start</source>
        <translation>引导式课程：按 → 开始</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>leakylab::RecentLessonsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent lessons</source>
        <translation>没有最近的课程</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>leakylab::SlopeControl</name>
    <message>
        <source>Arrow keys step by %1, Shift+arrows by %2, Page Up/Down by %3.</source>
        <translation>方向键每次改变 %1，Shift+方向键改变 %2，Page Up/Down 改变 %3。</translation>
    </message>
    <message>
        <source>negative_slope</source>
        <translation>negative_slope</translation>
    </message>
    <message>
        <source>The negative_slope argument of torch.nn.LeakyReLU: how much of a negative input leaks through. 0 gives plain ReLU.</source>
        <translation>torch.nn.LeakyReLU 的 negative_slope 参数：负输入有多少会“泄漏”过去。取 0 就是普通的 ReLU。</translation>
    </message>
    <message>
        <source>Type any slope PyTorch accepts, negative or above 1, and press Enter. </source>
        <translation>输入 PyTorch 接受的任意斜率（可以为负，也可以大于 1），然后按回车。</translation>
    </message>
    <message>
        <source>Drag to change the slope; the scale is finer near 0. </source>
        <translation>拖动以改变斜率；刻度在 0 附近更细。</translation>
    </message>
    <message>
        <source>The slider&apos;s smallest slope</source>
        <translation>滑块的最小斜率</translation>
    </message>
    <message>
        <source>The slider&apos;s largest slope; it grows when you type a larger one</source>
        <translation>滑块的最大斜率；输入更大的斜率时会随之增大</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Set the slope to %1 (%2)</source>
        <translation>将斜率设为 %1（%2）</translation>
    </message>
</context>
<context>
    <name>leakylab::StepChart</name>
    <message>
        <source>step</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>%1 diverged at step %2</source>
        <translation>%1 在第 %2 步发散</translation>
    </message>
</context>
<context>
    <name>leakylab::TensorEditor</name>
    <message>
        <source>a tensor, e.g. [2, -4, 5, -6] or torch.randn(2, 3)</source>
        <translation>一个张量，例如 [2, -4, 5, -6] 或 torch.randn(2, 3)</translation>
    </message>
    <message>
        <source>Type the tensor as in Python: a list like [2, -4, 5, -6], torch.tensor(...), torch.randn(4), zeros, ones. Each valid change updates the table, plot and code.</source>
        <translation>像在 Python 中一样输入张量：列表如 [2, -4, 5, -6]、torch.tensor(...)、torch.randn(4)、zeros、ones。每次有效的修改都会更新表格、图和代码。</translation>
    </message>
    <message>
        <source>x =</source>
        <translation>x =</translation>
    </message>
    <message>
        <source>What the parser could not read; the table keeps the last tensor that parsed</source>
        <translation>解析器无法读取的内容；表格保留上一个成功解析的张量</translation>
    </message>
    <message>
        <source>Paste list</source>
        <translation>粘贴列表</translation>
    </message>
    <message>
        <source>Use the clipboard&apos;s text as the tensor: a Python list, or anything the line accepts. A million numbers are fine.</source>
        <translation>把剪贴板中的文本作为张量：Python 列表，或输入框能接受的任何内容。一百万个数也没问题。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>torch.randn of the same shape with a new seed, drawn exactly as PyTorch draws it</source>
        <translation>用新的种子生成同形状的 torch.randn，抽样方式与 PyTorch 完全一致</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>torch.manual_seed(seed) before the tensor is made: the same seed gives the same torch.randn numbers as PyTorch</source>
        <translation>创建张量前先调用 torch.manual_seed(seed)：相同的种子给出与 PyTorch 相同的 torch.randn 数值</translation>
    </message>
    <message>
        <source>seed %1 → %2</source>
        <translation>种子 %1 → %2</translation>
    </message>
    <message>
        <source>Add column</source>
        <translation>添加列</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Insert a column of zeros after the selected one</source>
        <translation>在所选列之后插入一列 0</translation>
    </message>
    <message>
        <source>Remove the selected column</source>
        <translation>删除所选列</translation>
    </message>
    <message>
        <source>What the cells of a 2-D tensor show; only x can be edited</source>
        <translation>二维张量的单元格显示什么；只有 x 可以编辑</translation>
    </message>
    <message>
        <source>Tutorial examples…</source>
        <translation>教程示例…</translation>
    </message>
    <message>
        <source>Set tensor, slope, form and seed to one of the tutorial&apos;s examples</source>
        <translation>把张量、斜率、调用形式和种子设为教程中的某个示例</translation>
    </message>
    <message>
        <source>Each element of x with what ReLU and LeakyReLU make of it and their gradients. Double-click x to edit; shaded elements are on ReLU&apos;s dead side.</source>
        <translation>x 的每个元素经过 ReLU 和 LeakyReLU 后的值及其梯度。双击 x 可编辑；带底色的元素位于 ReLU 的死区。</translation>
    </message>
    <message>
        <source>“%1” is not one number of this tensor&apos;s dtype</source>
        <translation>“%1”不是该张量 dtype 的单个数值</translation>
    </message>
    <message>
        <source>The tensor&apos;s shape and dtype as PyTorch reports them, and how many elements sit on ReLU&apos;s dead side</source>
        <translation>张量的形状和 dtype（与 PyTorch 报告的一致），以及有多少元素位于 ReLU 的死区</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:#ffc4c4; color:#000000&quot;&gt;&amp;nbsp;shaded&amp;nbsp;&lt;/span&gt; dead side: ReLU′ = 0, no gradient flows back</source>
        <translation>&lt;span style=&quot;background-color:#ffc4c4; color:#000000&quot;&gt;&amp;nbsp;底色&amp;nbsp;&lt;/span&gt; 死区：ReLU′ = 0，没有梯度回传</translation>
    </message>
    <message>
        <source>Where x ≤ 0 ReLU&apos;s gradient is 0: a neuron stuck there stops learning. LeakyReLU&apos;s gradient there is the slope.</source>
        <translation>在 x ≤ 0 处 ReLU 的梯度为 0：卡在这里的神经元不再学习。LeakyReLU 在这里的梯度是斜率。</translation>
    </message>
    <message>
        <source>type x = …</source>
        <translation>输入 x = …</translation>
    </message>
    <message>
        <source>Character %1: %2</source>
        <translation>第 %1 个字符：%2</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove element</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <source>Insert a row of zeros after the selected one</source>
        <translation>在所选行之后插入一行 0</translation>
    </message>
    <message>
        <source>Insert a 0 after the selected element</source>
        <translation>在所选元素之后插入一个 0</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Remove the selected element</source>
        <translation>删除所选元素</translation>
    </message>
    <message>
        <source>%1 · %2 · dead for ReLU: %3 of %4</source>
        <translation>%1 · %2 · ReLU 死区：%4 个中有 %3 个</translation>
    </message>
    <message>
        <source>The table lists 1-D and 2-D tensors; this one has %1 dimensions.</source>
        <translation>表格只能列出一维和二维张量；这个张量有 %1 维。</translation>
    </message>
    <message>
        <source>Too many to list: PyTorch&apos;s print summarises above %1 elements too, as the code panel shows.</source>
        <translation>元素太多，无法列出：超过 %1 个元素时 PyTorch 的打印也会省略中间部分，如代码面板所示。</translation>
    </message>
    <message>
        <source>%1  %2
%3 elements

%4

Dead side for ReLU (ReLU′ = 0): %5 elements (%6 %)</source>
        <translation>%1  %2
%3 个元素

%4

ReLU 死区（ReLU′ = 0）：%5 个元素（%6 %）</translation>
    </message>
    <message>
        <source>edit x[%1]</source>
        <translation>编辑 x[%1]</translation>
    </message>
    <message>
        <source>random tensor</source>
        <translation>随机张量</translation>
    </message>
    <message>
        <source>add a row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>add a column</source>
        <translation>添加一列</translation>
    </message>
    <message>
        <source>add an element</source>
        <translation>添加一个元素</translation>
    </message>
    <message>
        <source>remove a row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>remove a column</source>
        <translation>删除一列</translation>
    </message>
    <message>
        <source>remove an element</source>
        <translation>删除一个元素</translation>
    </message>
</context>
<context>
    <name>leakylab::TensorEditorDock</name>
    <message>
        <source>Tensor x: ReLU and LeakyReLU element by element</source>
        <translation>张量 x：逐元素比较 ReLU 与 LeakyReLU</translation>
    </message>
    <message>
        <source>Type or paste the input tensor and see each element&apos;s outputs and gradients</source>
        <translation>输入或粘贴输入张量，查看每个元素的输出和梯度</translation>
    </message>
    <message>
        <source>T&amp;ensor editor</source>
        <translation>张量编辑器(&amp;E)</translation>
    </message>
    <message>
        <source>Show or hide the tensor editor</source>
        <translation>显示或隐藏张量编辑器</translation>
    </message>
</context>
<context>
    <name>leakylab::TensorTableModel</name>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>ReLU(x)</source>
        <translation>ReLU(x)</translation>
    </message>
    <message>
        <source>LeakyReLU(x)</source>
        <translation>LeakyReLU(x)</translation>
    </message>
    <message>
        <source>ReLU′(x)</source>
        <translation>ReLU′(x)</translation>
    </message>
    <message>
        <source>LeakyReLU′(x)</source>
        <translation>LeakyReLU′(x)</translation>
    </message>
    <message>
        <source>x = %1 (float32)</source>
        <translation>x = %1（float32）</translation>
    </message>
    <message>
        <source>x = %1 (int64)</source>
        <translation>x = %1（int64）</translation>
    </message>
    <message>
        <source>In place: x now holds %1 = %2</source>
        <translation>原地操作：x 现在保存的是 %1 = %2</translation>
    </message>
    <message>
        <source>PyTorch refuses LeakyReLU and gradients on an int64 tensor.</source>
        <translation>PyTorch 不允许对 int64 张量做 LeakyReLU 或求梯度。</translation>
    </message>
    <message>
        <source>Dead side: ReLU′ = 0, so no gradient flows back through ReLU here; LeakyReLU still passes %1 of it.</source>
        <translation>死区：ReLU′ = 0，因此这里没有梯度经 ReLU 回传；LeakyReLU 仍会传回 %1 倍的梯度。</translation>
    </message>
    <message>
        <source>0-d</source>
        <translation>0 维</translation>
    </message>
    <message>
        <source>x after in-place</source>
        <translation>原地操作后的 x</translation>
    </message>
    <message>
        <source>In-place form: x was overwritten with the output; edits change the value before the call</source>
        <translation>原地形式：x 已被输出覆盖；编辑修改的是调用之前的值</translation>
    </message>
    <message>
        <source>The input tensor; double-click a value to edit it</source>
        <translation>输入张量；双击数值即可编辑</translation>
    </message>
    <message>
        <source>torch.relu(x): negative inputs become 0</source>
        <translation>torch.relu(x)：负输入变为 0</translation>
    </message>
    <message>
        <source>F.leaky_relu(x, negative_slope): negative inputs are multiplied by the slope</source>
        <translation>F.leaky_relu(x, negative_slope)：负输入乘以斜率</translation>
    </message>
    <message>
        <source>x.grad after relu(x).sum().backward(): 0 on the dead side (x ≤ 0)</source>
        <translation>relu(x).sum().backward() 之后的 x.grad：死区（x ≤ 0）为 0</translation>
    </message>
    <message>
        <source>x.grad after leaky_relu(x).sum().backward(): the slope where x ≤ 0</source>
        <translation>leaky_relu(x).sum().backward() 之后的 x.grad：x ≤ 0 处为斜率</translation>
    </message>
</context>
<context>
    <name>leakylab::ThemeMenu</name>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Light curves on a dark background, for a dimmed room</source>
        <translation>深色背景上的浅色曲线，适合光线较暗的教室</translation>
    </message>
    <message>
        <source>Black ink and strong colours, for a washed-out projector</source>
        <translation>黑色线条和鲜明的颜色，适合发白的投影仪</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
</context>
<context>
    <name>leakylab::TrainingDock</name>
    <message>
        <source>Dead neurons, live: ReLU vs LeakyReLU</source>
        <translation>实时观察神经元死亡：ReLU 对比 LeakyReLU</translation>
    </message>
    <message>
        <source>&amp;Training panel</source>
        <translation>训练面板(&amp;T)</translation>
    </message>
    <message>
        <source>Show or hide the training panel</source>
        <translation>显示或隐藏训练面板</translation>
    </message>
    <message>
        <source>Fill window</source>
        <translation>填满窗口</translation>
    </message>
    <message>
        <source>Float the training panel over the whole window, large enough to read from the back of the room; press again to dock it back</source>
        <translation>让训练面板浮动并覆盖整个窗口，大到教室后排也能看清；再按一次即可停靠回原位</translation>
    </message>
</context>
<context>
    <name>leakylab::TrainingPanel</name>
    <message>
        <source>Start / Pause</source>
        <translation>开始 / 暂停</translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation>开始或暂停训练（空格键）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train both networks, or pause them (Space)</source>
        <translation>训练两个网络，或暂停训练（空格键）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One training step for both networks, then pause</source>
        <translation>两个网络各训练一步，然后暂停</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to step 0: the same data and initial weights, charts cleared</source>
        <translation>回到第 0 步：数据和初始权重不变，图表清空</translation>
    </message>
    <message>
        <source>Training steps per second: slow enough to watch units die, or as fast as possible</source>
        <translation>每秒训练步数：可以慢到能看清单元死亡，也可以尽可能快</translation>
    </message>
    <message>
        <source>1000 steps/s</source>
        <translation>1000 步/秒</translation>
    </message>
    <message>
        <source>max speed</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>The training step both networks have reached, and how the run ended</source>
        <translation>两个网络已训练到的步数，以及训练的结束方式</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再运行一次</translation>
    </message>
    <message>
        <source>What %1 predicts over the plane: the colour is the class it picks, white where it is unsure. The points are the data.</source>
        <translation>%1 在整个平面上的预测：颜色表示它选择的类别，白色表示不确定。点是数据。</translation>
    </message>
    <message>
        <source>Units: darker = active (pre-activation &gt; 0) on more samples.  ✕ ReLU unit ≤ 0 on every sample: dead, no gradient.  ▨ LeakyReLU unit ≤ 0 on every sample: still learning through the slope.</source>
        <translation>单元：颜色越深 = 在越多样本上处于激活状态（预激活值 &gt; 0）。  ✕ 在所有样本上 ≤ 0 的 ReLU 单元：已死亡，没有梯度。  ▨ 在所有样本上 ≤ 0 的 LeakyReLU 单元：仍通过斜率学习。</translation>
    </message>
    <message>
        <source>How to read the unit grids</source>
        <translation>如何看单元网格</translation>
    </message>
    <message>
        <source>BCEWithLogitsLoss</source>
        <translation>BCEWithLogitsLoss</translation>
    </message>
    <message>
        <source>MSELoss</source>
        <translation>MSELoss</translation>
    </message>
    <message>
        <source>%1 diverged
at step %2</source>
        <translation>%1 在第 %2 步
发散</translation>
    </message>
    <message>
        <source>%1 · before training</source>
        <translation>%1 · 训练前</translation>
    </message>
    <message>
        <source>%1 · accuracy %2%</source>
        <translation>%1 · 准确率 %2%</translation>
    </message>
    <message>
        <source>%1 · loss %2</source>
        <translation>%1 · 损失 %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>These settings cannot run: %1</source>
        <translation>这些设置无法运行：%1</translation>
    </message>
    <message>
        <source>%1 diverged at step %2</source>
        <translation>%1 在第 %2 步发散</translation>
    </message>
    <message>
        <source>Finished: step %1 of %2</source>
        <translation>已完成：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source> (the loss overflowed; try a smaller learning rate)</source>
        <translation>（损失溢出；请尝试更小的学习率）</translation>
    </message>
    <message>
        <source>No training steps yet: press Start or Step first.</source>
        <translation>还没有训练步骤：请先按“开始”或“单步”。</translation>
    </message>
</context>
<context>
    <name>leakylab::TrainingSettings</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Settings checked to show one effect. Editing any field below makes them Custom.</source>
        <translation>这些设置经过检验，用于展示某一种现象。修改下面任意一项都会变为“自定义”。</translation>
    </message>
    <message>
        <source>What the students should see with these settings</source>
        <translation>使用这些设置时学生应当看到的现象</translation>
    </message>
    <message>
        <source>moons, circles, spiral and xor: two classes of 2-D points (BCEWithLogitsLoss).
sine: fit a curve to noisy points (MSELoss).</source>
        <translation>moons、circles、spiral 和 xor：两类二维点（BCEWithLogitsLoss）。
sine：用曲线拟合带噪声的点（MSELoss）。</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to the data</source>
        <translation>加到数据上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>How many data points (from 2 to %1)</source>
        <translation>数据点的个数（2 到 %1）</translation>
    </message>
    <message>
        <source>Hidden layers, each followed by ReLU in one network and LeakyReLU in the other</source>
        <translation>隐藏层数，每层后面在一个网络中接 ReLU，在另一个网络中接 LeakyReLU</translation>
    </message>
    <message>
        <source>Units in each hidden layer (from 1 to %1)</source>
        <translation>每个隐藏层的单元数（1 到 %1）</translation>
    </message>
    <message>
        <source>The optimiser&apos;s lr. Large values push biases far negative in one step: a classic way to kill ReLU units.</source>
        <translation>优化器的 lr（学习率）。较大的值会在一步之内把偏置推到很负的地方：这是让 ReLU 单元死亡的经典方式。</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>torch.optim.SGD (with momentum, dampening 0) or torch.optim.Adam (defaults)</source>
        <translation>torch.optim.SGD（带动量，dampening 为 0）或 torch.optim.Adam（默认参数）</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum; Adam keeps its own running averages</source>
        <translation>SGD 的动量；Adam 使用它自己的滑动平均</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Samples per step, reshuffled every epoch; &quot;full batch&quot; uses them all</source>
        <translation>每步使用的样本数，每轮（epoch）重新打乱；“全批量”表示使用全部样本</translation>
    </message>
    <message>
        <source>set to</source>
        <translation>设为</translation>
    </message>
    <message>
        <source>Start every hidden bias at this value instead of nn.Linear&apos;s random draw; negative values start units switched off</source>
        <translation>所有隐藏层偏置都从这个值开始，而不是 nn.Linear 的随机初始化；取负值时单元一开始就处于关闭状态</translation>
    </message>
    <message>
        <source>How many training steps the run takes</source>
        <translation>本次训练的步数</translation>
    </message>
    <message>
        <source>torch.manual_seed: the data and the initial weights, the same for both networks</source>
        <translation>torch.manual_seed：决定数据和初始权重，两个网络相同</translation>
    </message>
    <message>
        <source>LeakyReLU&apos;s negative_slope, the same value as the slope control above the plot</source>
        <translation>LeakyReLU 的 negative_slope，与图上方斜率控件的值相同</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Hidden layers</source>
        <translation>隐藏层数</translation>
    </message>
    <message>
        <source>Units per layer</source>
        <translation>每层单元数</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Hidden biases</source>
        <translation>隐藏层偏置</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>negative_slope</source>
        <translation>negative_slope</translation>
    </message>
    <message>
        <source>Your own settings. Press Start to see how ReLU and LeakyReLU compare.</source>
        <translation>你自己的设置。按“开始”看看 ReLU 和 LeakyReLU 的对比。</translation>
    </message>
</context>
<context>
    <name>leakylab::TutorialMenu</name>
    <message>
        <source>&amp;Tutorial</source>
        <translation>教程(&amp;T)</translation>
    </message>
    <message>
        <source>What PyTorch refuses</source>
        <translation>PyTorch 会拒绝的操作</translation>
    </message>
</context>
<context>
    <name>leakylab::UnitGrid</name>
    <message>
        <source>%1&apos;s hidden units, one row per layer. Darker colour: active (pre-activation &gt; 0) on more samples.</source>
        <translation>%1 的隐藏单元，每层一行。颜色越深：在越多样本上处于激活状态（预激活值 &gt; 0）。</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/%2 dead</source>
        <translation>%1/%2 死亡</translation>
    </message>
    <message>
        <source>%1/%2 all ≤ 0</source>
        <translation>%1/%2 全部 ≤ 0</translation>
    </message>
    <message>
        <source>Layer %1, unit %2</source>
        <translation>第 %1 层，第 %2 个单元</translation>
    </message>
    <message>
        <source>%1: not measured yet; press Step or Start.</source>
        <translation>%1：尚未测量；请按“单步”或“开始”。</translation>
    </message>
    <message>
        <source>%1: active on %2 of %3 samples (%4%)</source>
        <translation>%1：在 %3 个样本中的 %2 个上处于激活状态（%4%）</translation>
    </message>
    <message>
        <source>%1: dead. Pre-activation ≤ 0 on all %2 samples, so ReLU passes no gradient back and its weights stop changing.</source>
        <translation>%1：已死亡。预激活值在全部 %2 个样本上都 ≤ 0，因此 ReLU 不回传梯度，它的权重不再变化。</translation>
    </message>
    <message>
        <source>%1: negative on all %2 samples, but LeakyReLU still passes the slope back as gradient, so it can recover.</source>
        <translation>%1：在全部 %2 个样本上都为负，但 LeakyReLU 仍把斜率作为梯度传回，因此它还能恢复。</translation>
    </message>
</context>
</TS>
