#pragma once

#include "http/httprouter.h"

#include <memory>

namespace pc {

/// The tutorial's demo app, with a few more routes that give a dashboard something to show.
/// Stateless and thread-safe; router() wires each route to one method.
class DemoService
{
public:
    /// `GET /`: 200 "Hello, world!", as in the tutorial.
    static HttpResponse hello();
    /// `GET /slow`: answers after a random delay of up to half a second, without blocking
    /// the serving thread.
    static HttpResponse slow();
    /// `GET /error`: a deliberate 500.
    static HttpResponse error();

    static std::shared_ptr<const HttpRouter> router();
};

}  // namespace pc
