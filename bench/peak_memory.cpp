#include "peak_memory.h"

#include <cstdio>
#include <cstring>

namespace tidemark::bench {

namespace {

long statusField(const char *name)
{
    std::FILE *file = std::fopen("/proc/self/status", "r");
    if (!file)
        return -1;
    const size_t length = std::strlen(name);
    char line[256];
    long value = -1;
    while (std::fgets(line, sizeof line, file)) {
        if (std::strncmp(line, name, length) == 0 && line[length] == ':') {
            std::sscanf(line + length + 1, "%ld", &value);
            break;
        }
    }
    std::fclose(file);
    return value;
}

} // namespace

long peakRssKiB()
{
    return statusField("VmHWM");
}

long currentRssKiB()
{
    return statusField("VmRSS");
}

} // namespace tidemark::bench
