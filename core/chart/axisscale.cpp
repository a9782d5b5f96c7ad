#include "axisscale.h"

#include <algorithm>
#include <cmath>

namespace pc {

QList<double> AxisScale::ticks() const
{
    QList<double> values;
    if (!(step > 0))
        return values;
    const int count = int(std::llround((max - min) / step));
    for (int i = 0; i <= count && i <= 1000; ++i) {
        const double v = min + i * step;
        values.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return values;
}

AxisScale AxisScale::nice(double low, double high, int maxTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        low = high = 0;
    if (low > high)
        std::swap(low, high);
    if (low >= 0)
        low = 0;
    if (high == low) {
        // A flat line: a unit above it, or around it when negative.
        const double magnitude =
            high != 0 ? std::pow(10, std::floor(std::log10(std::abs(high)))) : 1;
        high += magnitude;
        if (low < 0)
            low -= magnitude;
    }
    const int intervals = std::max(1, maxTicks - 1);
    const double rough = (high - low) / intervals;
    const double power = std::pow(10, std::floor(std::log10(rough)));
    double step = power * 10;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= rough * (1 - 1e-9)) {
            step = factor * power;
            break;
        }
    }
    AxisScale scale;
    scale.step = step;
    scale.min = std::floor(low / step + 1e-9) * step;
    scale.max = std::ceil(high / step - 1e-9) * step;
    if (scale.max <= scale.min)
        scale.max = scale.min + step;
    return scale;
}

}  // namespace pc
