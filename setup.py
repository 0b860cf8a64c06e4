"""Build the one compiled module, `dyads.nlp._transitions` (spaCy's entity-move checks built
again so they run without the GIL: see its docstring). It is optional: where it cannot be
built, dyads runs spaCy's own checks, slower, with the same output."""

import numpy
from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [
            Extension(
                "dyads.nlp._transitions",
                ["src/dyads/nlp/_transitions.pyx"],
                language="c++",
                include_dirs=[numpy.get_include()],
                # spaCy's .so files export the same C++ state methods (inline, so weak symbols);
                # hidden, this module's calls bind to its own copies, not to the wheel's.
                extra_compile_args=["-fvisibility=hidden", "-fvisibility-inlines-hidden"],
                optional=True,
            )
        ],
        compiler_directives={"language_level": "3"},
    )
)
