// The smallest program using problem_details: read an error body, write a problem.
#include <problem_details/problem_details.hpp>

#include <iostream>

int main() {
    namespace pd = problem_details;

    // Reading: the body an HTTP API answered with.
    auto const problem = pd::parse(R"({"title":"Out of credit","status":403,"balance":30})");
    if (!problem) {
        std::cerr << "not a problem: " << problem.error().message() << '\n';
        return 1;
    }
    std::cout << problem->title << " (" << pd::status_code(*problem->status) << ")\n";

    // Writing: a problem of your own, as application/problem+json.
    pd::problem const mine = pd::make_problem(pd::http_status::not_found).detail("No such order");
    std::cout << pd::to_json(mine) << '\n';
}
