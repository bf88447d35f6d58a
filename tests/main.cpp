// The Catch2 main, alone in its translation unit: write no tests here.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
